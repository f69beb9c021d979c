import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { AgeBucket } from '../../../shared/insights';
import { ChartPanel } from './ChartPanel';
import { ChartTooltip } from './ChartTooltip';
import { AXIS_TICK, ChartFrame } from './chart-frame';
import { DataTable, type DataColumn } from './DataTable';
import { useDrillDown } from './drill-down';
import { UNFINISHED_STATUSES } from './items-link';
import { UNFINISHED_COLOUR } from './status-colours';

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
        <ChartFrame height={260} label="Histogram of open items by age">
          <BarChart data={[...buckets]} margin={{ top: 8, right: 8, bottom: 20, left: 0 }}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} interval={0} label={{ value: 'Age since created', position: 'insideBottom', offset: -12 }} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} width={44} label={{ value: 'Items', angle: -90, position: 'insideLeft', offset: 8 }} />
            <Tooltip cursor={{ className: 'dashboard-cursor' }} content={<ChartTooltip hint="Click to open the unfinished items" />} />
            <Bar
              dataKey="count"
              name="Open items"
              fill={UNFINISHED_COLOUR}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
              className="is-clickable"
              onClick={() => drillDown.open({ statuses: UNFINISHED_STATUSES })}
            />
          </BarChart>
        </ChartFrame>
      }
      table={<DataTable caption="Open items by age" columns={COLUMNS} rows={buckets} rowKey={(bucket) => bucket.label} />}
    />
  );
}
