import type { FailureThemeRecurrence, RecurrenceCell } from '../../../shared/insights';
import { ColourSwatch } from './ChartLegend';
import { useDrillDown } from './drill-down';
import { formatDay, formatPeriod, plural } from './format';
import { incidentHref } from './items-link';

export interface ActiveCell {
  theme: FailureThemeRecurrence;
  cell: RecurrenceCell;
}

export interface HeatmapDetailsProps {
  id: string;
  active: ActiveCell | null;
}

/** The incidents behind the heat map cell last hovered or focused, with links to each and its items. */
export function HeatmapDetails({ id, active }: HeatmapDetailsProps) {
  const drillDown = useDrillDown();
  return (
    <div id={id} className="heatmap-details" aria-live="polite">
      {active ? (
        <>
          <p className="heatmap-details-heading">
            <ColourSwatch colour={active.theme.colour} />
            {active.theme.label} · {formatPeriod(active.cell.period)} · {plural(active.cell.incidents.length, 'incident')}
          </p>
          <ul>
            {active.cell.incidents.map((incident) => (
              <li key={incident.id}>
                <a href={incidentHref(incident.id)}>{incident.title}</a>
                <span className="heatmap-details-meta">
                  {formatDay(incident.date)}
                  {incident.organization ? ` · ${incident.organization}` : ''}
                </span>
                <a className="heatmap-details-items" href={drillDown.href({ incident: incident.id })}>
                  Its items
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="heatmap-details-hint">Point at or focus a cell to list its incidents; click it to open their items.</p>
      )}
    </div>
  );
}
