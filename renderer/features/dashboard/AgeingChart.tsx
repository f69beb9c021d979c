import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { AgeBucket } from '../../../shared/insights';
import { CategoryTick } from './CategoryTick';
import { ChartPanel } from './ChartPanel';
import { ChartTooltip } from './ChartTooltip';
import { AXIS_TICK, ChartFrame } from './chart-frame';
import { DataTable, type DataColumn } from './DataTable';
import { useDrillDown } from './drill-down';
import { UNFINISHED_STATUSES } from './items-link';
import { UNFINISHED_COLOUR } from './chart-colours';

const ROW_HEIGHT = 34;
const AGE_AXIS_WIDTH = 110;

const COLUMNS: DataColumn<AgeBucket>[] = [
  { header: 'Age', cell: (bucket) => bucket.label },
  { header: 'Open items', cell: (bucket) => bucket.count, numeric: true },
];

export function AgeingChart({ buckets }: { buckets: readonly AgeBucket[] }) {
  const drillDown = useDrillDown();
  return (
    <ChartPanel
      title="Age of open items"
      description="How long unfinished items have waited since they were created."
      chart={
        <ChartFrame height={buckets.length * ROW_HEIGHT + 56} label="Histogram of open items by age">
          <BarChart data={[...buckets]} layout="vertical" margin={{ top: 4, right: 16, bottom: 20, left: 8 }} maxBarSize={22}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} label={{ value: 'Items', position: 'insideBottom', offset: -12 }} />
            <YAxis
              type="category"
              dataKey="label"
              width={AGE_AXIS_WIDTH}
              interval={0}
              tick={(props) => <CategoryTick {...props} axisWidth={AGE_AXIS_WIDTH} />}
            />
            <Tooltip cursor={{ className: 'dashboard-cursor' }} content={<ChartTooltip hint="Click to open these items" />} />
            <Bar
              dataKey="count"
              name="Open items"
              fill={UNFINISHED_COLOUR}
              isAnimationActive={false}
              className="is-clickable"
              onClick={(_, index) => {
                const bucket = buckets[index];
                if (bucket) drillDown.open({ statuses: UNFINISHED_STATUSES, ageMin: bucket.minDays, ageMax: bucket.maxDays });
              }}
            />
          </BarChart>
        </ChartFrame>
      }
      table={<DataTable caption="Open items by age" columns={COLUMNS} rows={buckets} rowKey={(bucket) => bucket.label} />}
    />
  );
}
