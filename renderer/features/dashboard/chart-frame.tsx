import { useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/** Where nothing is laid out (tests), charts draw at this width until measured. */
const FALLBACK_WIDTH = 880;

/**
 * Full width of its panel, a fixed height; recharts follows later resizes. The frame measures
 * its own width before the chart first renders, so the chart is drawn once at its real size
 * rather than at a guess and then again once measured.
 */
export function ChartFrame({ height, label, children }: { height: number; label: string; children: ReactElement }) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    setWidth(Math.round(frame.current?.getBoundingClientRect().width ?? 0) || FALLBACK_WIDTH);
  }, []);
  return (
    <div ref={frame} className="dashboard-chart" role="figure" aria-label={label}>
      {width !== null && (
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
          {children}
        </ResponsiveContainer>
      )}
    </div>
  );
}

/** Axis tick text; colours come from CSS (tokens), not from here. */
export const AXIS_TICK = { fontSize: 12 } as const;
