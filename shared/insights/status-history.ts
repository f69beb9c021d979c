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

/**
 * The events of each item, as indices into `events` grouped by the item's index (a counting
 * sort). Events arrive in the order of their keys, scattered across items; replaying them item
 * by item keeps each history's work together in memory.
 */
function eventsByItem(items: readonly ActionItem[], events: readonly ItemEvent[]): { order: Int32Array; offsets: Int32Array } {
  const indexOf = new Map<string, number>();
  items.forEach((item, index) => indexOf.set(item.id, index));
  const itemOfEvent = new Int32Array(events.length);
  const offsets = new Int32Array(items.length + 1);
  let kept = 0;
  events.forEach((event, eventIndex) => {
    const replayed = event.type === 'created' || (event.type === 'changed' && event.field === 'status');
    const index = replayed ? indexOf.get(event.itemId) : undefined;
    itemOfEvent[eventIndex] = index ?? -1;
    if (index === undefined) return;
    offsets[index + 1]! += 1;
    kept += 1;
  });
  for (let index = 0; index < items.length; index += 1) offsets[index + 1]! += offsets[index]!;
  const fill = offsets.slice(0, items.length);
  const order = new Int32Array(kept);
  itemOfEvent.forEach((index, eventIndex) => {
    if (index >= 0) order[fill[index]!++] = eventIndex;
  });
  return { order, offsets };
}

/** Histories keyed by item id, for the given items only (events of other items are ignored). */
export function buildStatusHistories(
  items: readonly ActionItem[],
  events: readonly ItemEvent[],
  incidents: readonly Incident[] = [],
): Map<string, StatusHistory> {
  const { order, offsets } = eventsByItem(items, events);
  const promisedAt = promiseTimes(incidents);
  const histories = new Map<string, StatusHistory>();
  items.forEach((item, index) => {
    let createdAt = NaN;
    const changes: StatusChange[] = [];
    for (let entry = offsets[index]!; entry < offsets[index + 1]!; entry += 1) {
      const event = events[order[entry]!]!;
      if (event.type === 'created') {
        const at = parseTime(event.at);
        if (!(at >= createdAt)) createdAt = at;
        continue;
      }
      const to = asStatus(event.to);
      if (!to) continue;
      const change = { at: parseTime(event.at), from: asStatus(event.from), to };
      if (changes.length === 0 || changes[changes.length - 1]!.at <= change.at) changes.push(change);
      else insertInTimeOrder(changes, change);
    }
    if (Number.isNaN(createdAt)) createdAt = parseTime(item.createdAt);
    const promised = item.incidentId === null ? undefined : promisedAt.get(item.incidentId);
    if (promised !== undefined && promised < createdAt) createdAt = promised;
    histories.set(item.id, { createdAt, initialStatus: changes[0]?.from ?? item.status, changes });
  });
  return histories;
}

/**
 * Looks histories up for ids asked in the order the map was built (the usual case: the same
 * items array) by walking its entries, which is sequential in memory where hashing each id is
 * not; falls back to a lookup by id for any other order.
 */
export function historyLookup(histories: ReadonlyMap<string, StatusHistory>): (itemId: string) => StatusHistory | undefined {
  const entries = histories.entries();
  let next = entries.next();
  return (itemId) => {
    if (!next.done && next.value[0] === itemId) {
      const history = next.value[1];
      next = entries.next();
      return history;
    }
    return histories.get(itemId);
  };
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
