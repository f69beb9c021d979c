/**
 * Each item's status over time, rebuilt from its events, so questions like "was this item
 * still open on that date?" are answered from the record rather than from today's state.
 *
 * Histories are kept in columns (typed arrays indexed by the item's position) rather than as
 * an object per item: dashboards build them for hundreds of thousands of items and events,
 * and per-item objects cost more in allocation and garbage collection than the replay itself.
 */
import { ITEM_STATUSES, type ActionItem, type Incident, type ItemEvent, type ItemStatus } from '../model';
import { parseTime } from './calendar';

/** A status as a small integer: its index in `ITEM_STATUSES`. */
export type StatusCode = number;

const NO_STATUS = 255;

export const STATUS_CODES: Readonly<Record<ItemStatus, StatusCode>> = Object.fromEntries(
  ITEM_STATUSES.map((status, code) => [status, code]),
) as Record<ItemStatus, StatusCode>;

export interface StatusHistories {
  /** The ids of the items the histories were built from, in their order: the index of every column below. */
  itemIds: readonly string[];
  /**
   * Per item, epoch ms since it was promised: its `created` event (or `createdAt`), or the date
   * its postmortem was published when that is earlier — an item imported today was committed to then.
   */
  createdAt: Float64Array;
  /** Per item, the status it was created with. */
  initialStatus: Uint8Array;
  /** The changes of item `i` are at `changeOffsets[i]` up to `changeOffsets[i + 1]` in the columns below, in time order. */
  changeOffsets: Int32Array;
  changeAt: Float64Array;
  changeTo: Uint8Array;
}

/** The status an event names as a code, or `NO_STATUS` when it names none (a malformed or foreign value). */
function statusCode(value: unknown): StatusCode {
  switch (value) {
    case 'proposed':
    case 'open':
    case 'in_progress':
    case 'blocked':
    case 'done':
    case 'wont_do':
      return STATUS_CODES[value];
    default:
      return NO_STATUS;
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

function isAscending(ids: readonly string[]): boolean {
  for (let index = 1; index < ids.length; index += 1) if (!(ids[index - 1]! < ids[index]!)) return false;
  return true;
}

function indexById(itemIds: readonly string[]): Map<string, number> {
  const indexOf = new Map<string, number>();
  itemIds.forEach((id, index) => indexOf.set(id, index));
  return indexOf;
}

/**
 * Histories of the given items only (events of other items are ignored). Items and events may
 * come in any order; when both come sorted by item id, as the tracker's primary key and its
 * events' item index return them, events are matched to items by walking both together
 * rather than by hashing each event's item id, which is most of the cost at scale.
 */
export function buildStatusHistories(
  items: readonly ActionItem[],
  events: readonly ItemEvent[],
  incidents: readonly Incident[] = [],
): StatusHistories {
  const count = items.length;
  const itemIds = items.map((item) => item.id);

  // One pass over the events in the order they come: creations straight into their column,
  // status changes into scratch columns, counted per item.
  const createdAt = new Float64Array(count).fill(NaN);
  const eventItem = new Int32Array(events.length);
  const eventAt = new Float64Array(events.length);
  const eventFrom = new Uint8Array(events.length);
  const eventTo = new Uint8Array(events.length);
  const changeOffsets = new Int32Array(count + 1);
  let changeCount = 0;
  // While events come in item id order, `cursor` is the first item whose id is not below the last event's.
  let inOrder = isAscending(itemIds);
  let cursor = 0;
  let previousId = '';
  let indexOf: Map<string, number> | null = null;
  for (const event of events) {
    const isCreation = event.type === 'created';
    if (!isCreation && !(event.type === 'changed' && event.field === 'status')) continue;
    const itemId = event.itemId;
    let index: number | undefined;
    if (inOrder) {
      // Mostly the same item as the last event's, or the next one: equality alone decides.
      if (itemIds[cursor] === itemId) index = cursor;
      else if (itemIds[cursor + 1] === itemId) index = cursor += 1;
      else if (itemId < previousId) inOrder = false;
      else {
        while (cursor < count && itemIds[cursor]! < itemId) cursor += 1;
        if (itemIds[cursor] === itemId) index = cursor;
      }
      previousId = itemId;
    }
    if (!inOrder) index = (indexOf ??= indexById(itemIds)).get(itemId);
    if (index === undefined) continue;
    if (isCreation) {
      const at = parseTime(event.at);
      if (!(at >= createdAt[index]!)) createdAt[index] = at;
      continue;
    }
    const to = statusCode(event.to);
    if (to === NO_STATUS) continue;
    eventItem[changeCount] = index;
    eventAt[changeCount] = parseTime(event.at);
    eventFrom[changeCount] = statusCode(event.from);
    eventTo[changeCount] = to;
    changeOffsets[index + 1]! += 1;
    changeCount += 1;
  }

  // Group the changes by item (a counting sort keeps each item's changes in arrival order).
  for (let index = 0; index < count; index += 1) changeOffsets[index + 1]! += changeOffsets[index]!;
  const fill = changeOffsets.slice(0, count);
  const changeAt = new Float64Array(changeCount);
  const changeFrom = new Uint8Array(changeCount);
  const changeTo = new Uint8Array(changeCount);
  for (let change = 0; change < changeCount; change += 1) {
    const slot = fill[eventItem[change]!]!++;
    changeAt[slot] = eventAt[change]!;
    changeFrom[slot] = eventFrom[change]!;
    changeTo[slot] = eventTo[change]!;
  }

  const promisedAt = promiseTimes(incidents);
  const initialStatus = new Uint8Array(count);
  for (let index = 0; index < count; index += 1) {
    const item = items[index]!;
    const first = changeOffsets[index]!;
    const end = changeOffsets[index + 1]!;
    // Events mostly arrive in time order; an insertion sort keeps equal times in arrival order.
    for (let next = first + 1; next < end; next += 1) {
      const at = changeAt[next]!;
      const from = changeFrom[next]!;
      const to = changeTo[next]!;
      let slot = next;
      while (slot > first && changeAt[slot - 1]! > at) {
        changeAt[slot] = changeAt[slot - 1]!;
        changeFrom[slot] = changeFrom[slot - 1]!;
        changeTo[slot] = changeTo[slot - 1]!;
        slot -= 1;
      }
      changeAt[slot] = at;
      changeFrom[slot] = from;
      changeTo[slot] = to;
    }
    let created = createdAt[index]!;
    if (Number.isNaN(created)) created = parseTime(item.createdAt);
    const promised = item.incidentId === null ? undefined : promisedAt.get(item.incidentId);
    createdAt[index] = promised !== undefined && promised < created ? promised : created;
    const firstFrom = first < end ? changeFrom[first]! : NO_STATUS;
    initialStatus[index] = firstFrom === NO_STATUS ? STATUS_CODES[item.status] : firstFrom;
  }
  return { itemIds, createdAt, initialStatus, changeOffsets, changeAt, changeTo };
}

const indexByHistories = new WeakMap<StatusHistories, Map<string, number>>();

/**
 * The index of an item's history, or undefined when the histories do not have it. `position`,
 * the item's place in the array it came from, is checked first: it is the index whenever the
 * histories were built from that same array, and saves building a lookup by id.
 */
export function historyIndex(histories: StatusHistories, itemId: string, position = -1): number | undefined {
  if (position >= 0 && histories.itemIds[position] === itemId) return position;
  let indexOf = indexByHistories.get(histories);
  if (!indexOf) indexByHistories.set(histories, (indexOf = indexById(histories.itemIds)));
  return indexOf.get(itemId);
}

/** `historyIndex` of each of `items` at `positions` (indices into `items`); -1 for an item without a history. */
export function historyIndices(histories: StatusHistories, items: readonly ActionItem[], positions: Int32Array): Int32Array {
  const indices = new Int32Array(positions.length);
  for (let entry = 0; entry < positions.length; entry += 1) {
    const position = positions[entry]!;
    indices[entry] = historyIndex(histories, items[position]!.id, position) ?? -1;
  }
  return indices;
}

/** The status of the item with history `index` at `time`, or null when it did not exist yet. */
export function statusAt(histories: StatusHistories, index: number, time: number): ItemStatus | null {
  if (time < histories.createdAt[index]!) return null;
  let status = histories.initialStatus[index]!;
  for (let change = histories.changeOffsets[index]!; change < histories.changeOffsets[index + 1]!; change += 1) {
    if (histories.changeAt[change]! > time) break;
    status = histories.changeTo[change]!;
  }
  return ITEM_STATUSES[status]!;
}

/** When the item with history `index` last became done at or before `time`, or null when it was not done at `time`. */
export function doneSince(histories: StatusHistories, index: number, time: number): number | null {
  if (statusAt(histories, index, time) !== 'done') return null;
  const done = STATUS_CODES.done;
  let since = histories.createdAt[index]!;
  let previous = histories.initialStatus[index]!;
  for (let change = histories.changeOffsets[index]!; change < histories.changeOffsets[index + 1]!; change += 1) {
    if (histories.changeAt[change]! > time) break;
    const to = histories.changeTo[change]!;
    if (to === done && previous !== done) since = histories.changeAt[change]!;
    previous = to;
  }
  return since;
}
