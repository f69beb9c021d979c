import { useId, useState, type ReactNode } from 'react';
import { Button } from '../../ui/Button';

export interface ChartPanelProps {
  title: string;
  /** One line under the title: what is counted. */
  description: ReactNode;
  /** Controls beside the table toggle, e.g. the week/month switch. */
  controls?: ReactNode;
  legend?: ReactNode;
  chart: ReactNode;
  /** The same figures as an accessible table. */
  table: ReactNode;
  className?: string;
}

/** A titled dashboard card that shows its chart, or the same figures as a table. */
export function ChartPanel({ title, description, controls, legend, chart, table, className }: ChartPanelProps) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  return (
    <section className={['dashboard-panel', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <header className="dashboard-panel-header">
        <div>
          <h2 id={titleId} className="dashboard-panel-title">
            {title}
          </h2>
          <p className="dashboard-panel-description">{description}</p>
        </div>
        <div className="dashboard-panel-controls">
          {controls}
          <Button variant="ghost" size="sm" aria-pressed={showTable} onClick={() => setShowTable((shown) => !shown)}>
            {showTable ? 'Show as chart' : 'Show as table'}
          </Button>
        </div>
      </header>
      {showTable ? (
        <div className="dashboard-panel-table">{table}</div>
      ) : (
        <>
          {legend}
          <div className="dashboard-panel-chart">{chart}</div>
        </>
      )}
    </section>
  );
}
