/**
 * Each item's status over time, rebuilt from its events, so questions like "was this item
 * still open on that date?" are answered from the record rather than from today's state.
 */
import { ITEM_STATUSES, type ActionItem, type ItemEvent, type ItemStatus } from '../model';
import { parseTime } from './calendar';

export interface StatusChange {
  at: number;
  from: ItemStatus | null;
  to: ItemStatus;
}

export interface StatusHistory {
  /** Epoch ms of the `created` event, or of the item's `createdAt` when it has none. */
  createdAt: number;
  /** The status the item was created with. */
  initialStatus: ItemStatus;
  /** Status changes in time order. */
  changes: StatusChange[];
}

const STATUSES: ReadonlySet<unknown> = new Set(ITEM_STATUSES);

function asStatus(value: unknown): ItemStatus | null {
  return STATUSES.has(value) ? (value as ItemStatus) : null;
}

/** Histories keyed by item id, for the given items only (events of other items are ignored). */
export function buildStatusHistories(items: readonly ActionItem[], events: readonly ItemEvent[]): Map<string, StatusHistory> {
  const histories = new Map<string, StatusHistory>();
  const inItemOrder = items.map((item): StatusHistory => ({ createdAt: NaN, initialStatus: item.status, changes: [] }));
  items.forEach((item, index) => histories.set(item.id, inItemOrder[index]!));

  for (const event of events) {
    const history = histories.get(event.itemId);
    if (!history) continue;
    if (event.type === 'created') {
      const at = parseTime(event.at);
      if (!(at >= history.createdAt)) history.createdAt = at;
    } else if (event.type === 'changed' && event.field === 'status') {
      const to = asStatus(event.to);
      if (to) history.changes.push({ at: parseTime(event.at), from: asStatus(event.from), to });
    }
  }

  items.forEach((item, index) => {
    const history = inItemOrder[index]!;
    if (Number.isNaN(history.createdAt)) history.createdAt = parseTime(item.createdAt);
    if (history.changes.length > 1) history.changes.sort((a, b) => a.at - b.at);
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
