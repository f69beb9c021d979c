import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { OwnerLoad } from '../../../shared/insights';
import { ChartLegend } from './ChartLegend';
import { ChartPanel } from './ChartPanel';
import { ChartTooltip } from './ChartTooltip';
import { AXIS_TICK, ChartFrame } from './chart-frame';
import { DataTable, type DataColumn } from './DataTable';
import { useDrillDown, type DrillDown } from './drill-down';
import { plural } from './format';
import { UNFINISHED_STATUSES, type ItemsQuery } from './items-link';
import { OVERDUE_COLOUR, UNFINISHED_COLOUR } from './chart-colours';
import { CategoryTick } from './CategoryTick';

const ROW_HEIGHT = 34;
const OWNER_AXIS_WIDTH = 150;

export function ownerLabel(load: OwnerLoad): string {
  if (load.others > 0) return plural(load.others, 'other owner');
  return load.owner ?? 'Unassigned';
}

/** The table's counts link to the owner's items, except on the folded row of many owners. */
function tableColumns(drillDown: DrillDown): DataColumn<OwnerLoad>[] {
  const linked = (load: OwnerLoad, count: number, query: ItemsQuery) =>
    load.others > 0 || count === 0 ? count : <a href={drillDown.href({ ...query, owner: load.owner })}>{count}</a>;
  return [
    { header: 'Owner', cell: ownerLabel },
    { header: 'Open', cell: (load) => linked(load, load.unfinished, { statuses: UNFINISHED_STATUSES }), numeric: true },
    { header: 'Overdue', cell: (load) => linked(load, load.overdue, { overdue: true }), numeric: true },
  ];
}

export function OwnerLoadChart({ owners }: { owners: readonly OwnerLoad[] }) {
  const drillDown = useDrillDown();
  const data = owners.map((load) => ({ ...load, label: ownerLabel(load) }));
  const open = (index: number, query: ItemsQuery) => {
    const load = owners[index];
    // The folded row stands for many owners, which the items table cannot filter by at once.
    if (load && load.others === 0) drillDown.open({ ...query, owner: load.owner });
  };
  return (
    <ChartPanel
      title="Open items by owner"
      description="Unfinished items per owner, most overdue first."
      legend={
        <ChartLegend
          entries={[
            { label: 'Open', colour: UNFINISHED_COLOUR },
            { label: 'Overdue', colour: OVERDUE_COLOUR },
          ]}
        />
      }
      chart={
        <ChartFrame height={Math.max(owners.length, 3) * ROW_HEIGHT + 56} label="Bar chart of open and overdue items per owner">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 20, left: 8 }} barGap={2} maxBarSize={14}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} label={{ value: 'Items', position: 'insideBottom', offset: -12 }} />
            <YAxis type="category" dataKey="label" width={OWNER_AXIS_WIDTH} interval={0} tick={(props) => <CategoryTick {...props} axisWidth={OWNER_AXIS_WIDTH} />} />
            <Tooltip cursor={{ className: 'dashboard-cursor' }} content={<ChartTooltip hint="Click a bar to open the items" />} />
            <Bar
              dataKey="unfinished"
              name="Open"
              fill={UNFINISHED_COLOUR}
              isAnimationActive={false}
              className="is-clickable"
              onClick={(_, index) => open(index, { statuses: UNFINISHED_STATUSES })}
            />
            <Bar
              dataKey="overdue"
              name="Overdue"
              fill={OVERDUE_COLOUR}
              isAnimationActive={false}
              className="is-clickable"
              onClick={(_, index) => open(index, { overdue: true })}
            />
          </BarChart>
        </ChartFrame>
      }
      table={<DataTable caption="Open and overdue items by owner" columns={tableColumns(drillDown)} rows={owners} rowKey={ownerLabel} />}
    />
  );
}
