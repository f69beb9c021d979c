export interface LegendEntry {
  label: string;
  colour: string;
}

/** A legend in HTML rather than SVG, so it wraps, reads in both themes and stays out of the chart's way. */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="dashboard-legend" aria-label="Legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <ColourSwatch colour={entry.colour} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/** A small square of a theme's or a series' colour, the same everywhere it appears. */
export function ColourSwatch({ colour }: { colour: string }) {
  return <span className="dashboard-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />;
}
