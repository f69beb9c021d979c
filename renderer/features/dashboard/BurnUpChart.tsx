import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { BurnUp, BurnUpInterval, BurnUpPoint } from '../../../shared/insights';
import { STATUS_COLOURS } from '../../../shared/model';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { ChartLegend } from './ChartLegend';
import { ChartPanel } from './ChartPanel';
import { ChartTooltip } from './ChartTooltip';
import { AXIS_TICK, ChartFrame } from './chart-frame';
import { DataTable, type DataColumn } from './DataTable';
import { useDrillDown } from './drill-down';
import { formatDay, formatMonth, formatMonthTick, formatShortDay } from './format';
import { CREATED_COLOUR } from './chart-colours';

const INTERVAL_OPTIONS = [
  { value: 'week', label: 'Weeks' },
  { value: 'month', label: 'Months' },
] as const;

const COMPLETED_COLOUR = STATUS_COLOURS.done;

function periodName(point: BurnUpPoint, interval: BurnUpInterval): string {
  return interval === 'week' ? `Week of ${formatDay(point.start)}` : formatMonth(point.label);
}

function columns(interval: BurnUpInterval): DataColumn<BurnUpPoint>[] {
  return [
    { header: interval === 'week' ? 'Week starting' : 'Month', cell: (point) => periodName(point, interval) },
    { header: 'Created (cumulative)', cell: (point) => point.created, numeric: true },
    { header: 'Completed (cumulative)', cell: (point) => point.completed, numeric: true },
  ];
}

export interface BurnUpChartProps {
  burnUp: BurnUp;
  onIntervalChange(interval: BurnUpInterval): void;
}

export function BurnUpChart({ burnUp, onIntervalChange }: BurnUpChartProps) {
  const drillDown = useDrillDown();
  const { interval, points } = burnUp;
  const tick = (label: string, index: number) =>
    interval === 'week' ? formatShortDay(label) : formatMonthTick(label, index === 0);
  const last = points[points.length - 1];
  return (
    <ChartPanel
      title="Burn-up"
      description={
        last
          ? `${last.completed.toLocaleString('en-GB')} of ${last.created.toLocaleString('en-GB')} items completed; the gap between the lines is the work still open.`
          : 'Items created and completed over time.'
      }
      controls={
        <SegmentedControl label="Burn-up interval" options={INTERVAL_OPTIONS} value={interval} onChange={onIntervalChange} />
      }
      legend={
        <ChartLegend
          entries={[
            { label: 'Created (cumulative)', colour: CREATED_COLOUR },
            { label: 'Completed (cumulative)', colour: COMPLETED_COLOUR },
          ]}
        />
      }
      chart={
        <ChartFrame height={260} label="Burn-up chart of items created and completed">
          <ComposedChart
            data={points}
            margin={{ top: 8, right: 16, bottom: 20, left: 8 }}
            onClick={() => drillDown.open({})}
            className="is-clickable"
          >
            <CartesianGrid vertical={false} />
            <XAxis
              dataKey="label"
              tickFormatter={tick}
              tick={AXIS_TICK}
              minTickGap={24}
              label={{ value: interval === 'week' ? 'Week starting' : 'Month', position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              allowDecimals={false}
              tick={AXIS_TICK}
              width={48}
              label={{ value: 'Items', angle: -90, position: 'insideLeft', offset: 4 }}
            />
            <Tooltip
              content={<ChartTooltip formatLabel={(label) => tick(label, 0)} hint="Click to open the items" />}
            />
            <Area
              type="linear"
              dataKey="completed"
              name="Completed"
              stroke={COMPLETED_COLOUR}
              fill={COMPLETED_COLOUR}
              fillOpacity={0.18}
              strokeWidth={2}
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="created"
              name="Created"
              stroke={CREATED_COLOUR}
              strokeWidth={2}
              dot={points.length < 40}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ChartFrame>
      }
      table={<DataTable caption="Burn-up: items created and completed" columns={columns(interval)} rows={points} rowKey={(point) => point.start} />}
    />
  );
}
