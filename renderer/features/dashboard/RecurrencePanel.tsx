import type { FailureThemeRecurrence, RecurrenceMatrix } from '../../../shared/insights';
import { ChartPanel } from './ChartPanel';
import { DataTable, type DataColumn } from './DataTable';
import { formatPeriod, plural } from './format';
import { RecurrenceHeatmap } from './RecurrenceHeatmap';

const COLUMNS: DataColumn<FailureThemeRecurrence>[] = [
  { header: 'Failure theme', cell: (theme) => theme.label },
  { header: 'Incidents', cell: (theme) => theme.incidentCount, numeric: true },
  {
    header: 'When',
    cell: (theme) =>
      theme.cells.map((cell) => `${formatPeriod(cell.period)}${cell.incidents.length > 1 ? ` (${cell.incidents.length})` : ''}`).join(', '),
  },
  { header: 'Open fixes', cell: (theme) => theme.unfinishedItemCount, numeric: true },
];

export function RecurrencePanel({ matrix }: { matrix: RecurrenceMatrix }) {
  const recurring = matrix.themes.filter((theme) => theme.recurring).length;
  return (
    <ChartPanel
      title="Recurring failure themes"
      description={`What went wrong, ${matrix.interval} by ${matrix.interval}: ${plural(recurring, 'failure theme')} appeared in more than one incident. Open fixes are unfinished items that address the theme.`}
      chart={<RecurrenceHeatmap matrix={matrix} />}
      table={<DataTable caption={`Failure themes by incident count and ${matrix.interval}`} columns={COLUMNS} rows={matrix.themes} rowKey={(theme) => theme.id} />}
    />
  );
}
