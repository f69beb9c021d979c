/** An item's events as lines a person reads: "Status: Open → Done · 2 h ago". */
import { STATUS_LABELS, type ItemEvent, type ItemStatus } from '../../../shared/model';
import { formatRelative } from './format';

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  detail: 'Detail',
  kind: 'Kind',
  themes: 'Themes',
  status: 'Status',
  wontDoReason: "Won't-do reason",
  owner: 'Owner',
  dueDate: 'Due date',
  priority: 'Priority',
  notes: 'Notes',
  ticketLinks: 'Ticket links',
  missingFromSource: 'Gone from the postmortem',
};

const LONG_TEXT_FIELDS = new Set(['detail', 'notes', 'wontDoReason']);
const EMPTY = '—';

function describeValue(field: string, value: unknown, themeLabels: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (field === 'status' && typeof value === 'string') return STATUS_LABELS[value as ItemStatus] ?? value;
  if (field === 'themes' && Array.isArray(value)) {
    return value.length === 0 ? EMPTY : value.map((id) => themeLabels.get(String(id)) ?? String(id)).join(', ');
  }
  if (Array.isArray(value)) return value.length === 0 ? EMPTY : value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export interface HistoryLine {
  id: string;
  text: string;
  when: string;
  /** Made during a review meeting. */
  inMeeting: boolean;
}

export function describeEvent(event: ItemEvent, themeLabels: ReadonlyMap<string, string>): string {
  if (event.type === 'created') {
    const status = typeof event.to === 'string' ? (STATUS_LABELS[event.to as ItemStatus] ?? event.to) : null;
    return status ? `Created as ${status}` : 'Created';
  }
  if (event.type === 'deleted') return 'Deleted';
  const field = event.field ?? '';
  const label = FIELD_LABELS[field] ?? field;
  if (LONG_TEXT_FIELDS.has(field)) return `${label} edited`;
  return `${label}: ${describeValue(field, event.from, themeLabels)} → ${describeValue(field, event.to, themeLabels)}`;
}

/** Newest first. */
export function historyLines(events: readonly ItemEvent[], themeLabels: ReadonlyMap<string, string>, now: number): HistoryLine[] {
  return [...events]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .map((event) => ({
      id: event.id,
      text: describeEvent(event, themeLabels),
      when: formatRelative(event.at, now),
      inMeeting: event.meetingId !== null,
    }));
}
