import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ThemeCompletion } from '../../../shared/insights';
import { STATUS_COLOURS, STATUS_LABELS, type ItemStatus } from '../../../shared/model';
import { ChartLegend } from './ChartLegend';
import { ChartPanel } from './ChartPanel';
import { ChartTooltip } from './ChartTooltip';
import { AXIS_TICK, ChartFrame } from './chart-frame';
import { DataTable, type DataColumn } from './DataTable';
import { useDrillDown, type DrillDown } from './drill-down';
import { formatPercent } from './format';
import { STACK_ORDER } from './chart-colours';
import { CategoryTick, CATEGORY_AXIS_WIDTH } from './CategoryTick';

const ROW_HEIGHT = 30;

/** The table's counts link to the items they count, as the chart's segments do. */
function tableColumns(drillDown: DrillDown): DataColumn<ThemeCompletion>[] {
  const countCell = (status: ItemStatus) => (row: ThemeCompletion) =>
    row.counts[status] === 0 ? 0 : <a href={drillDown.href({ theme: row.id, statuses: [status] })}>{row.counts[status]}</a>;
  return [
    { header: 'Theme', cell: (row) => row.label },
    ...STACK_ORDER.map((status) => ({ header: STATUS_LABELS[status], cell: countCell(status), numeric: true })),
    { header: 'Total', cell: (row) => <a href={drillDown.href({ theme: row.id })}>{row.total}</a>, numeric: true },
    { header: 'Completion', cell: (row) => formatPercent(row.completionRate), numeric: true },
  ];
}

const countOf = (status: ItemStatus) => (row: ThemeCompletion) => row.counts[status];

export function ThemeCompletionChart({ rows }: { rows: readonly ThemeCompletion[] }) {
  const drillDown = useDrillDown();
  const data = [...rows];
  return (
    <ChartPanel
      title="Completion by remediation theme"
      description="Every item by status under each theme it carries. Click a segment to open those items."
      legend={<ChartLegend entries={STACK_ORDER.map((status) => ({ label: STATUS_LABELS[status], colour: STATUS_COLOURS[status] }))} />}
      chart={
        <ChartFrame height={rows.length * ROW_HEIGHT + 56} label="Stacked bar chart of items by status per remediation theme">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 20, left: 8 }} barCategoryGap={6}>
            <CartesianGrid horizontal={false} />
            <XAxis
              type="number"
              allowDecimals={false}
              tick={AXIS_TICK}
              label={{ value: 'Items', position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={CATEGORY_AXIS_WIDTH}
              interval={0}
              tick={(props) => <CategoryTick {...props} colourOf={(index) => rows[index]?.colour} />}
            />
            <Tooltip cursor={{ className: 'dashboard-cursor' }} content={<ChartTooltip hint="Click a segment to open its items" />} />
            {STACK_ORDER.map((status) => (
              <Bar
                key={status}
                dataKey={countOf(status)}
                name={STATUS_LABELS[status]}
                stackId="status"
                fill={STATUS_COLOURS[status]}
                isAnimationActive={false}
                className="is-clickable"
                onClick={(_, index) => {
                  const row = rows[index];
                  if (row) drillDown.open({ theme: row.id, statuses: [status] });
                }}
              />
            ))}
          </BarChart>
        </ChartFrame>
      }
      table={<DataTable caption="Completion by remediation theme" columns={tableColumns(drillDown)} rows={rows} rowKey={(row) => row.id} />}
    />
  );
}
