/**
 * Items as CSV (RFC 4180, through papaparse): a full export, and the shape Jira's CSV
 * importer accepts. Cells that a spreadsheet would run as a formula are prefixed with `'`.
 */
import Papa from 'papaparse';
import { daysOverdue, dayOf, incidentDay, themeDisplayLookup } from '../insights';
import { STATUS_LABELS, type ActionItem, type Incident, type Priority, type Theme } from '../model';

export interface ItemsCsvContext {
  incidents: readonly Incident[];
  themes: readonly Theme[];
  /** Overdue days are counted to this moment's UTC date. */
  now: Date;
}

/** Starts a spreadsheet formula, even after leading spaces: = + - @, or a tab or carriage return. */
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

function toCsv(header: string[], rows: (string | number)[][]): string {
  return Papa.unparse({ fields: header, data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_START });
}

export function renderItemsCsv(items: readonly ActionItem[], context: ItemsCsvContext): string {
  const incidents = new Map(context.incidents.map((incident) => [incident.id, incident]));
  const theme = themeDisplayLookup(context.themes);
  const today = dayOf(context.now.getTime());
  const header = [
    'ID',
    'Title',
    'Incident',
    'Incident date',
    'Organization',
    'Status',
    'Owner',
    'Due date',
    'Days overdue',
    'Priority',
    'Kind',
    'Themes',
    'Created',
    'Closed',
    "Won't do reason",
    'Detail',
    'Notes',
    'Tickets',
    'Source quote',
  ];
  const rows = items.map((item) => {
    const incident = item.incidentId === null ? undefined : incidents.get(item.incidentId);
    return [
      item.id,
      item.title,
      incident?.title ?? '',
      incident ? incidentDay(incident) : '',
      incident?.organization ?? '',
      STATUS_LABELS[item.status],
      item.owner ?? '',
      item.dueDate ?? '',
      daysOverdue(item, today),
      item.priority ?? '',
      item.kind,
      item.themes.map((id) => theme(id).label).join('; '),
      item.createdAt,
      item.closedAt ?? '',
      item.wontDoReason ?? '',
      item.detail,
      item.notes,
      item.ticketLinks.join(' '),
      item.source?.quote ?? '',
    ];
  });
  return toCsv(header, rows);
}

const JIRA_PRIORITIES: Record<Priority, string> = { P0: 'Highest', P1: 'High', P2: 'Medium', P3: 'Low' };
export const JIRA_LABEL = 'followthrough';

/** Jira labels cannot contain spaces. */
function jiraLabel(text: string): string {
  return text.trim().replace(/\s+/g, '-');
}

function jiraDescription(item: ActionItem, incident: Incident | undefined): string {
  return [
    item.detail,
    incident ? `From the postmortem of "${incident.title}" (${incidentDay(incident)}).` : '',
    item.source ? `Source: "${item.source.quote}"` : '',
    item.notes ? `Notes: ${item.notes}` : '',
  ]
    .filter((part) => part.trim() !== '')
    .join('\n\n');
}

/**
 * Jira's CSV importer shape: Summary, Description, Assignee, Due date (`yyyy-MM-dd`, to be
 * set as the date format when importing), Priority, and one Labels column per label.
 */
export function renderJiraCsv(items: readonly ActionItem[], context: Pick<ItemsCsvContext, 'incidents'>): string {
  const incidents = new Map(context.incidents.map((incident) => [incident.id, incident]));
  const labels = items.map((item) => [JIRA_LABEL, ...item.themes].map(jiraLabel).filter((label) => label !== ''));
  const labelColumns = Math.max(1, ...labels.map((list) => list.length));
  const header = ['Summary', 'Description', 'Assignee', 'Due date', 'Priority', ...Array<string>(labelColumns).fill('Labels')];
  const rows = items.map((item, index) => {
    const incident = item.incidentId === null ? undefined : incidents.get(item.incidentId);
    const itemLabels = labels[index]!;
    return [
      item.title,
      jiraDescription(item, incident),
      item.owner ?? '',
      item.dueDate ?? '',
      item.priority ? JIRA_PRIORITIES[item.priority] : '',
      ...Array.from({ length: labelColumns }, (_, column) => itemLabels[column] ?? ''),
    ];
  });
  return toCsv(header, rows);
}
