/**
 * What a review meeting decided, read from the item events recorded with its id.
 */
import { CLOSED_STATUSES, ITEM_STATUSES, PRIORITIES, STATUS_LABELS, type ActionItem, type ItemEvent, type ItemStatus, type Meeting, type Priority } from '../model';
import type { Decision, MeetingDecisions } from './model';

function asStatus(value: unknown): ItemStatus | null {
  return typeof value === 'string' && (ITEM_STATUSES as readonly string[]).includes(value) ? (value as ItemStatus) : null;
}

function asPriority(value: unknown): Priority | null {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value) ? (value as Priority) : null;
}

function asText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The note taken: what was appended to the notes, or the whole new text when it was rewritten. */
function noteTaken(from: unknown, to: unknown): string | null {
  const before = asText(from) ?? '';
  const after = asText(to) ?? '';
  return (after.startsWith(before) ? after.slice(before.length) : after).trim() || null;
}

/** The latest meeting that started by `until`, or null. */
export function latestMeeting(meetings: readonly Meeting[], until: number): Meeting | null {
  let latest: Meeting | null = null;
  for (const meeting of meetings) {
    const started = Date.parse(meeting.startedAt);
    if (started <= until && (!latest || started > Date.parse(latest.startedAt))) latest = meeting;
  }
  return latest;
}

export function emptyDecisions(): MeetingDecisions {
  return { closed: [], statusChanged: [], reOwned: [], reDated: [], escalated: [], deprioritised: [], notes: [] };
}

/** Decisions on the given items (others are out of the report's scope), in time order. */
export function meetingDecisions(meetingId: string, events: readonly ItemEvent[], items: ReadonlyMap<string, ActionItem>): MeetingDecisions {
  const decisions = emptyDecisions();
  const recorded = events.filter((event) => event.meetingId === meetingId && event.type === 'changed').sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const event of recorded) {
    const item = items.get(event.itemId);
    if (!item) continue;
    const decision = (from: string | null, to: string | null): Decision => ({ itemId: item.id, itemTitle: item.title, at: event.at, from, to });
    switch (event.field) {
      case 'status': {
        const from = asStatus(event.from);
        const to = asStatus(event.to);
        if (!to) break;
        const list = CLOSED_STATUSES.includes(to) ? decisions.closed : decisions.statusChanged;
        list.push(decision(from && STATUS_LABELS[from], STATUS_LABELS[to]));
        break;
      }
      case 'owner':
        decisions.reOwned.push(decision(asText(event.from) ?? 'Unassigned', asText(event.to) ?? 'Unassigned'));
        break;
      case 'dueDate':
        decisions.reDated.push(decision(asText(event.from) ?? 'No due date', asText(event.to) ?? 'No due date'));
        break;
      case 'priority': {
        const from = asPriority(event.from);
        const to = asPriority(event.to);
        // P0 is the most urgent; any priority is higher than none.
        const rank = (priority: Priority | null): number => (priority === null ? PRIORITIES.length : PRIORITIES.indexOf(priority));
        if (rank(to) < rank(from)) decisions.escalated.push(decision(from ?? 'None', to));
        else if (rank(to) > rank(from)) decisions.deprioritised.push(decision(from, to ?? 'None'));
        break;
      }
      case 'notes': {
        const note = noteTaken(event.from, event.to);
        if (note) decisions.notes.push(decision(null, note));
        break;
      }
    }
  }
  return decisions;
}
