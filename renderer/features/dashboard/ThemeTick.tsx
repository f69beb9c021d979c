/** The width given to category labels on horizontal bar charts. */
export const THEME_TICK_WIDTH = 196;
const MAX_LABEL_LENGTH = 26;

export interface ThemeTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown; index?: number };
  /** The colour swatch drawn before the label; none when undefined. */
  colourOf?(index: number): string | undefined;
}

function shorten(label: string): string {
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label;
}

/** A category label, right-aligned against the axis, with its theme's colour swatch in front. */
export function ThemeTick({ x = 0, y = 0, payload, colourOf }: ThemeTickProps) {
  const label = String(payload?.value ?? '');
  const colour = colourOf?.(payload?.index ?? -1);
  return (
    <g transform={`translate(${x},${y})`} className="dashboard-category-tick">
      <title>{label}</title>
      <text x={-8} y={0} dy="0.35em" textAnchor="end" fontSize={12}>
        {shorten(label)}
      </text>
      {colour && <rect x={-THEME_TICK_WIDTH + 4} y={-5} width={10} height={10} rx={2} fill={colour} />}
    </g>
  );
}
