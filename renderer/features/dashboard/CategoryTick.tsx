/** The default width of the category axis on horizontal bar charts. */
export const CATEGORY_AXIS_WIDTH = 196;
const MAX_LABEL_LENGTH = 26;
const TICK_SPACE = 8;

export interface CategoryTickProps {
  /** The axis' width, so labels start at its left edge. */
  axisWidth?: number;
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown; index?: number };
  /** The colour swatch drawn before the label; none when undefined. */
  colourOf?(index: number): string | undefined;
}

function shorten(label: string): string {
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label;
}

/** A category label, left-aligned in the axis' space, with its theme's colour swatch in front. */
export function CategoryTick({ x = 0, y = 0, payload, colourOf, axisWidth = CATEGORY_AXIS_WIDTH }: CategoryTickProps) {
  const label = String(payload?.value ?? '');
  const colour = colourOf?.(payload?.index ?? -1);
  // x is the axis line less the tick line and its margin.
  const offset = axisWidth - TICK_SPACE;
  return (
    <g transform={`translate(${x},${y})`} className="dashboard-category-tick">
      <title>{label}</title>
      {colour && <rect x={-offset} y={-5} width={10} height={10} rx={2} fill={colour} />}
      <text x={colour ? -offset + 16 : -offset} y={0} dy="0.35em" textAnchor="start" fontSize={12}>
        {shorten(label)}
      </text>
    </g>
  );
}
