/**
 * Each item's status over time, rebuilt from its events, so questions like "was this item
 * still open on that date?" are answered from the record rather than from today's state.
 */
import type { ActionItem, Incident, ItemEvent, ItemStatus } from '../model';
import { parseTime } from './calendar';

export interface StatusChange {
  at: number;
  from: ItemStatus | null;
  to: ItemStatus;
}

export interface StatusHistory {
  /**
   * Epoch ms since the item was promised: its `created` event (or `createdAt`), or the date its
   * postmortem was published when that is earlier — an item imported today was committed to then.
   */
  createdAt: number;
  /** The status the item was created with. */
  initialStatus: ItemStatus;
  /** Status changes in time order. */
  changes: StatusChange[];
}

/** The status an event names, or null when it names none (a malformed or foreign value). */
function asStatus(value: unknown): ItemStatus | null {
  switch (value) {
    case 'proposed':
    case 'open':
    case 'in_progress':
    case 'blocked':
    case 'done':
    case 'wont_do':
      return value;
    default:
      return null;
  }
}

/** When each incident's postmortem committed to its items, by incident id. */
function promiseTimes(incidents: readonly Incident[]): Map<string, number> {
  const times = new Map<string, number>();
  for (const incident of incidents) {
    const at = parseTime(incident.publishedAt ?? incident.startedAt ?? '');
    if (Number.isFinite(at)) times.set(incident.id, at);
  }
  return times;
}

/**
 * Inserts `change` after every change at or before its time. Events mostly arrive in time
 * order, so this is usually a push; it keeps equal times in arrival order, like a stable sort.
 */
function insertInTimeOrder(changes: StatusChange[], change: StatusChange): void {
  let index = changes.length;
  while (index > 0 && changes[index - 1]!.at > change.at) index -= 1;
  changes.splice(index, 0, change);
}

/** Histories keyed by item id, for the given items only (events of other items are ignored). */
export function buildStatusHistories(
  items: readonly ActionItem[],
  events: readonly ItemEvent[],
  incidents: readonly Incident[] = [],
): Map<string, StatusHistory> {
  const histories = new Map<string, StatusHistory>();
  const inItemOrder = items.map((item): StatusHistory => ({ createdAt: NaN, initialStatus: item.status, changes: [] }));
  items.forEach((item, index) => histories.set(item.id, inItemOrder[index]!));

  for (const event of events) {
    if (event.type === 'created') {
      const history = histories.get(event.itemId);
      if (!history) continue;
      const at = parseTime(event.at);
      if (!(at >= history.createdAt)) history.createdAt = at;
    } else if (event.type === 'changed' && event.field === 'status') {
      const to = asStatus(event.to);
      const history = to && histories.get(event.itemId);
      if (!history) continue;
      const change = { at: parseTime(event.at), from: asStatus(event.from), to };
      const changes = history.changes;
      if (changes.length === 0 || changes[changes.length - 1]!.at <= change.at) changes.push(change);
      else insertInTimeOrder(changes, change);
    }
  }

  const promisedAt = promiseTimes(incidents);
  items.forEach((item, index) => {
    const history = inItemOrder[index]!;
    if (Number.isNaN(history.createdAt)) history.createdAt = parseTime(item.createdAt);
    const promised = item.incidentId === null ? undefined : promisedAt.get(item.incidentId);
    if (promised !== undefined && promised < history.createdAt) history.createdAt = promised;
    const first = history.changes[0];
    if (first?.from) history.initialStatus = first.from;
  });
  return histories;
}

/** The item's status at `time`, or null when it did not exist yet. */
export function statusAt(history: StatusHistory, time: number): ItemStatus | null {
  if (time < history.createdAt) return null;
  let status = history.initialStatus;
  for (const change of history.changes) {
    if (change.at > time) break;
    status = change.to;
  }
  return status;
}

/** When the item last became done at or before `time`, or null when it was not done at `time`. */
export function doneSince(history: StatusHistory, time: number): number | null {
  if (statusAt(history, time) !== 'done') return null;
  let since = history.createdAt;
  let previous = history.initialStatus;
  for (const change of history.changes) {
    if (change.at > time) break;
    if (change.to === 'done' && previous !== 'done') since = change.at;
    previous = change.to;
  }
  return since;
}
