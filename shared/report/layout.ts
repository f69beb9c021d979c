/**
 * Each report section as a sequence of format-neutral blocks (figures, tables, lists,
 * charts). Markdown and HTML both render these blocks, so they print the same words and
 * numbers; only the HTML draws the charts as well.
 */
import type { BurnUp, ThemeCompletion } from '../insights';
import { ITEM_STATUSES, STATUS_LABELS } from '../model';
import { formatCount, formatDateTime, NO_VALUE } from './format';
import type { Decision, Definition, Figure, ItemRow, MeetingDecisions, ReportSection, StatusCount } from './model';

export interface TableColumn {
  label: string;
  /** Numbers are right-aligned; numbers and dates never wrap. */
  kind?: 'number' | 'date';
}

export type ChartBlock =
  | { kind: 'chart'; chart: 'burn-up'; title: string; burnUp: BurnUp }
  | { kind: 'chart'; chart: 'status'; title: string; counts: StatusCount[] }
  | { kind: 'chart'; chart: 'themes'; title: string; rows: ThemeCompletion[] }
  | { kind: 'chart'; chart: 'ageing'; title: string; bars: { label: string; count: number }[] };

export type Block =
  | { kind: 'definitions'; definitions: Definition[] }
  | { kind: 'figures'; figures: Figure[] }
  | { kind: 'table'; caption: string; columns: TableColumn[]; rows: string[][]; empty: string; detail?: boolean }
  | { kind: 'list'; caption: string; items: string[]; empty: string; emphasis?: boolean }
  | { kind: 'paragraph'; text: string }
  | ChartBlock;

const orNone = (value: string | null): string => value ?? NO_VALUE;

function itemColumns(extra: TableColumn[]): TableColumn[] {
  return [{ label: 'Item' }, { label: 'Incident' }, { label: 'Owner' }, ...extra];
}

function itemCells(row: ItemRow): string[] {
  return [row.title, orNone(row.incidentTitle), row.owner ?? 'Unassigned'];
}

function decisionBlocks(decisions: MeetingDecisions): Block[] {
  const change = (decision: Decision): string => `${decision.itemTitle}: ${orNone(decision.from)} → ${orNone(decision.to)}`;
  const lists: [string, Decision[], (decision: Decision) => string][] = [
    ['Closed', decisions.closed, change],
    ['Status changed', decisions.statusChanged, change],
    ['Re-owned', decisions.reOwned, change],
    ['Re-dated', decisions.reDated, change],
    ['Escalated', decisions.escalated, change],
    ['Priority lowered', decisions.deprioritised, change],
    ['Notes', decisions.notes, (decision) => `${decision.itemTitle}: ${orNone(decision.to)}`],
  ];
  const taken = lists.filter(([, list]) => list.length > 0);
  if (taken.length === 0) return [{ kind: 'paragraph', text: 'No decisions were recorded in this meeting.' }];
  return taken.map(([caption, list, describe]) => ({ kind: 'list', caption: `${caption} (${list.length})`, items: list.map(describe), empty: 'None.' }));
}

export function layoutSection(section: ReportSection): Block[] {
  const definitions: Block[] = section.definitions.length > 0 ? [{ kind: 'definitions', definitions: section.definitions }] : [];
  switch (section.kind) {
    case 'summary':
      return [{ kind: 'figures', figures: section.figures }];
    case 'charts': {
      const unit = section.burnUp.interval === 'week' ? 'Week starting' : 'Month';
      return [
        ...definitions,
        { kind: 'chart', chart: 'burn-up', title: 'Items created and completed, cumulative', burnUp: section.burnUp },
        {
          kind: 'table',
          caption: 'Burn-up data',
          columns: [{ label: unit, kind: 'date' }, { label: 'Created', kind: 'number' }, { label: 'Completed', kind: 'number' }, { label: 'Not yet done', kind: 'number' }],
          rows: section.burnUp.points.map((point) => [point.label, formatCount(point.created), formatCount(point.completed), formatCount(point.created - point.completed)]),
          empty: 'No items yet.',
          detail: true,
        },
        { kind: 'chart', chart: 'status', title: 'Items by status', counts: section.statusCounts },
        {
          kind: 'table',
          caption: 'Items by status',
          columns: [{ label: 'Status' }, { label: 'Items', kind: 'number' }],
          rows: section.statusCounts.map((count) => [count.label, formatCount(count.count)]),
          empty: 'No items.',
          detail: true,
        },
        { kind: 'chart', chart: 'ageing', title: 'Age of unfinished items', bars: section.ageing.map((bucket) => ({ label: bucket.label, count: bucket.count })) },
        {
          kind: 'table',
          caption: 'Age of unfinished items',
          columns: [{ label: 'Age' }, { label: 'Items', kind: 'number' }],
          rows: section.ageing.map((bucket) => [bucket.label, formatCount(bucket.count)]),
          empty: 'No unfinished items.',
          detail: true,
        },
      ];
    }
    case 'completion-by-theme':
      return [
        ...definitions,
        { kind: 'chart', chart: 'themes', title: 'Items per remediation theme, by status', rows: section.rows },
        {
          kind: 'table',
          caption: 'Completion by remediation theme',
          columns: [
            { label: 'Theme' },
            ...ITEM_STATUSES.map((status): TableColumn => ({ label: STATUS_LABELS[status], kind: 'number' })),
            { label: 'Total', kind: 'number' },
            { label: 'Completion', kind: 'number' },
          ],
          rows: section.rows.map((row) => [
            row.label,
            ...ITEM_STATUSES.map((status) => formatCount(row.counts[status])),
            formatCount(row.total),
            row.completionText,
          ]),
          empty: 'No items.',
        },
      ];
    case 'incident-progress':
      return [
        ...definitions,
        {
          kind: 'table',
          caption: 'Progress per incident',
          columns: [
            { label: 'Incident' },
            { label: 'Date', kind: 'date' },
            { label: 'Items', kind: 'number' },
            { label: 'Done', kind: 'number' },
            { label: 'Unfinished', kind: 'number' },
            { label: 'Overdue', kind: 'number' },
            { label: 'Completion', kind: 'number' },
          ],
          rows: section.rows.map((row) => [
            row.incident.title,
            row.incident.date,
            formatCount(row.total),
            formatCount(row.done),
            formatCount(row.unfinished),
            formatCount(row.overdue),
            row.completionText,
          ]),
          empty: 'No incidents in scope.',
        },
      ];
    case 'overdue':
      return [
        { kind: 'figures', figures: section.figures },
        ...definitions,
        {
          kind: 'table',
          caption: 'Owners with overdue items',
          columns: [{ label: 'Owner' }, { label: 'Overdue', kind: 'number' }, { label: 'Unfinished', kind: 'number' }],
          rows: section.owners.map((owner) => [
            owner.others > 0 ? `${owner.others} other owners` : (owner.owner ?? 'Unassigned'),
            formatCount(owner.overdue),
            formatCount(owner.unfinished),
          ]),
          empty: 'Nobody has overdue items.',
        },
        {
          kind: 'table',
          caption: 'Overdue items, most overdue first',
          columns: itemColumns([{ label: 'Due', kind: 'date' }, { label: 'Days overdue', kind: 'number' }, { label: 'Status' }, { label: 'Priority' }]),
          rows: section.rows.map((row) => [...itemCells(row), orNone(row.dueDate), formatCount(row.daysOverdue), row.statusLabel, orNone(row.priority)]),
          empty: 'No overdue items.',
        },
      ];
    case 'completed':
      return [
        { kind: 'figures', figures: section.figures },
        ...definitions,
        {
          kind: 'table',
          caption: 'Items completed in the period, latest first',
          columns: itemColumns([{ label: 'Completed on', kind: 'date' }]),
          rows: section.rows.map((row) => [...itemCells(row), row.completedOn]),
          empty: 'Nothing was completed in the period.',
        },
      ];
    case 'recurrence':
      return [
        ...definitions,
        {
          kind: 'list',
          caption: 'Repeat risk: promised, not done, and it happened again',
          items: section.repeatRisk.map((entry) => entry.explanation),
          empty: 'No incident repeated a failure while earlier items on it were still open.',
          emphasis: true,
        },
        {
          kind: 'table',
          caption: 'Recurring failure themes',
          columns: [{ label: 'Failure theme' }, { label: 'Incidents', kind: 'number' }, { label: 'When' }, { label: 'Unfinished items addressing it', kind: 'number' }],
          rows: section.recurring.map((theme) => [
            theme.label,
            formatCount(theme.incidentCount),
            theme.cells.map((cell) => `${cell.period}: ${cell.incidents.map((incident) => incident.title).join(', ')}`).join('; '),
            formatCount(theme.unfinishedItemCount),
          ]),
          empty: 'No failure theme appeared in more than one incident.',
        },
      ];
    case 'meeting':
      if (!section.meeting) return [{ kind: 'paragraph', text: 'No review meeting has been held yet.' }];
      return [
        {
          kind: 'paragraph',
          text: `${section.meeting.title}, ${formatDateTime(section.meeting.startedAt)}${section.meeting.endedAt ? ` to ${formatDateTime(section.meeting.endedAt)}` : ' (not ended)'}.`,
        },
        ...definitions,
        ...decisionBlocks(section.decisions),
      ];
  }
}
