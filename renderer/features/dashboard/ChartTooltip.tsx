import type { TooltipContentProps } from 'recharts';
import { ColourSwatch } from './ChartLegend';

export interface ChartTooltipProps extends Partial<TooltipContentProps<number, string>> {
  /** Writes the category (a period, theme or owner) as the tooltip's heading. */
  formatLabel?(label: string): string;
  /** A last line, e.g. what a click does. */
  hint?: string;
}

/** The dashboard's tooltip: themed with the app's tokens instead of recharts' white box. */
export function ChartTooltip({ active, payload, label, formatLabel, hint }: ChartTooltipProps) {
  if (!active || !payload || payload.length === 0) return null;
  const heading = label === undefined ? '' : formatLabel ? formatLabel(String(label)) : String(label);
  return (
    <div className="dashboard-tooltip">
      {heading && <p className="dashboard-tooltip-heading">{heading}</p>}
      <ul>
        {payload.map((entry) => (
          <li key={String(entry.dataKey ?? entry.name)}>
            <ColourSwatch colour={entry.color ?? entry.fill ?? 'currentColor'} />
            <span>{entry.name}</span>
            <strong>{entry.value?.toLocaleString('en-GB')}</strong>
          </li>
        ))}
      </ul>
      {hint && <p className="dashboard-tooltip-hint">{hint}</p>}
    </div>
  );
}
