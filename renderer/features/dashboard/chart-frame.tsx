import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/** Until the first measurement (and in tests, where nothing is measured) charts draw at this size. */
const INITIAL_WIDTH = 880;

/** Full width of its panel, a fixed height; recharts measures the rest. */
export function ChartFrame({ height, label, children }: { height: number; label: string; children: ReactElement }) {
  return (
    <div className="dashboard-chart" role="figure" aria-label={label}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/** Axis tick text; colours come from CSS (tokens), not from here. */
export const AXIS_TICK = { fontSize: 12 } as const;
