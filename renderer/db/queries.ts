/**
 * Reads for the UI and the dashboard, written for useLiveQuery. Each query narrows by
 * the most selective index it can and finishes filtering and sorting in memory.
 */
import { Dexie } from 'dexie';
import {
  CLOSED_STATUSES,
  ITEM_STATUSES,
  PRIORITIES,
  type ActionItem,
  type Incident,
  type ItemEvent,
  type ItemKind,
  type ItemStatus,
  type Priority,
} from '../../shared/model';
import { db } from './database';

export interface ItemFilter {
  statuses?: readonly ItemStatus[];
  /** An owner's name, or null for unassigned items. */
  owner?: string | null;
  theme?: string;
  /** An incident id, or null for items created by hand. */
  incidentId?: string | null;
  kinds?: readonly ItemKind[];
  priorities?: readonly Priority[];
  /** Only items due strictly before this date (`YYYY-MM-DD`): with open statuses, the overdue ones. */
  dueBefore?: string;
  /** Only items flagged (true) or not flagged (false) as gone from their postmortem. */
  missingFromSource?: boolean;
  /** Case-insensitive words that must all appear in the title, detail or notes. */
  text?: string;
}

export type ItemSortKey = 'dueDate' | 'priority' | 'status' | 'title' | 'createdAt' | 'updatedAt';
export interface ItemSort {
  key: ItemSortKey;
  direction: 'asc' | 'desc';
}

const STATUS_ORDER = new Map(ITEM_STATUSES.map((status, index) => [status, index]));
const PRIORITY_ORDER = new Map(PRIORITIES.map((priority, index) => [priority, index]));

function sortValue(item: ActionItem, key: ItemSortKey): string | number | null {
  switch (key) {
    case 'priority':
      return item.priority === null ? null : (PRIORITY_ORDER.get(item.priority) ?? null);
    case 'status':
      return STATUS_ORDER.get(item.status) ?? null;
    case 'title':
      return item.title.toLowerCase();
    default:
      return item[key];
  }
}

/** Compares by the key (missing values last in either direction), then by creation and id for a stable order. */
export function compareItems(sort: ItemSort): (a: ActionItem, b: ActionItem) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -sign : sign;
    }
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

export function itemMatches(filter: ItemFilter): (item: ActionItem) => boolean {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return (item) =>
    (filter.statuses === undefined || filter.statuses.includes(item.status)) &&
    (filter.owner === undefined || item.owner === filter.owner) &&
    (filter.theme === undefined || item.themes.includes(filter.theme)) &&
    (filter.incidentId === undefined || item.incidentId === filter.incidentId) &&
    (filter.kinds === undefined || filter.kinds.includes(item.kind)) &&
    (filter.priorities === undefined || (item.priority !== null && filter.priorities.includes(item.priority))) &&
    (filter.dueBefore === undefined || (item.dueDate !== null && item.dueDate < filter.dueBefore)) &&
    (filter.missingFromSource === undefined || item.missingFromSource === filter.missingFromSource) &&
    (words.length === 0 ||
      words.every((word) => `${item.title}\n${item.detail}\n${item.notes}`.toLowerCase().includes(word)));
}

/** Items a filter narrows down by index; null and missing values are not index keys, so those fall back to a scan. */
function candidates(filter: ItemFilter): Promise<ActionItem[]> {
  if (typeof filter.incidentId === 'string') return db.items.where('incidentId').equals(filter.incidentId).toArray();
  if (typeof filter.owner === 'string') return db.items.where('owner').equals(filter.owner).toArray();
  if (filter.theme !== undefined) return db.items.where('themes').equals(filter.theme).toArray();
  if (filter.statuses !== undefined) {
    return Promise.all(filter.statuses.map((status) => db.items.where('status').equals(status).toArray())).then(
      (lists) => lists.flat(),
    );
  }
  return db.items.toArray();
}

const DEFAULT_SORT: ItemSort = { key: 'updatedAt', direction: 'desc' };

export function queryItems(filter: ItemFilter = {}, sort: ItemSort = DEFAULT_SORT): Promise<ActionItem[]> {
  return db.transaction('r', db.items, async () => {
    const items = (await candidates(filter)).filter(itemMatches(filter));
    return items.sort(compareItems(sort));
  });
}

/** Whether the tracker holds any incident or item (the first-run screen shows when it does not). */
export async function trackerHasData(): Promise<boolean> {
  return (await db.incidents.count()) > 0 || (await db.items.count()) > 0;
}

/** Where item ids are cut into ranges: ids are random UUIDs, so by their first hex digit the ranges are about even. */
const ITEM_ID_BOUNDS = [...'123456789abcdef'];

/**
 * Reads something keyed by item id range by range, in id order. Inside a live query each range
 * is a query of its own, which Dexie's live query cache keeps until a write touches it, so an
 * edit re-reads the range of the item it changed and takes the rest from the cache.
 */
async function readByItemIdRange<T>(read: (lower: string | null, upper: string | null) => Promise<T[]>): Promise<T[]> {
  const lowers = [null, ...ITEM_ID_BOUNDS];
  const parts = await Promise.all(lowers.map((lower, index) => read(lower, ITEM_ID_BOUNDS[index] ?? null)));
  return parts.flat();
}

/** Every item, in id order. */
export function loadAllItems(): Promise<ActionItem[]> {
  return readByItemIdRange((lower, upper) => db.items.where('id').between(lower ?? Dexie.minKey, upper ?? Dexie.maxKey).toArray());
}

export function getItem(id: string): Promise<ActionItem | undefined> {
  return db.items.get(id);
}

export function getIncident(id: string): Promise<Incident | undefined> {
  return db.incidents.get(id);
}

/** Every incident, for views that narrow items by their incident's organization, date or failure themes. */
export function listIncidents(): Promise<Incident[]> {
  return db.incidents.toArray();
}

/** Every incident's title by id, for views that show an item's incident by name. */
export async function listIncidentTitles(): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  await db.incidents.each((incident) => titles.set(incident.id, incident.title));
  return titles;
}

export interface IncidentProgress {
  incident: Incident;
  total: number;
  /** Items done or won't do. */
  closed: number;
  byStatus: Record<ItemStatus, number>;
}

const emptyStatusCounts = () => Object.fromEntries(ITEM_STATUSES.map((status) => [status, 0])) as Record<ItemStatus, number>;

/** Incidents, latest published first, with how far their items have got. */
export function listIncidentsWithProgress(): Promise<IncidentProgress[]> {
  return db.transaction('r', db.incidents, db.items, async () => {
    const [incidents, keys] = await Promise.all([
      db.incidents.toArray(),
      // Index keys alone: counting needs no item record to be read.
      db.items.orderBy('[incidentId+status]').keys() as Promise<unknown[]>,
    ]);
    const counts = new Map<string, Record<ItemStatus, number>>();
    for (const key of keys as [string, ItemStatus][]) {
      const [incidentId, status] = key;
      const byStatus = counts.get(incidentId) ?? emptyStatusCounts();
      byStatus[status] += 1;
      counts.set(incidentId, byStatus);
    }
    const published = (incident: Incident) => incident.publishedAt ?? incident.importedAt;
    return incidents
      .sort((a, b) => (published(a) < published(b) ? 1 : published(a) > published(b) ? -1 : 0))
      .map((incident) => {
        const byStatus = counts.get(incident.id) ?? emptyStatusCounts();
        const total = ITEM_STATUSES.reduce((sum, status) => sum + byStatus[status], 0);
        const closed = CLOSED_STATUSES.reduce((sum, status) => sum + byStatus[status], 0);
        return { incident, total, closed, byStatus };
      });
  });
}

/** An item's history, oldest first. */
export function eventsForItem(itemId: string): Promise<ItemEvent[]> {
  return db.events.where('itemId').equals(itemId).sortBy('at');
}

/**
 * Every status change, grouped by item in item id order (the order `loadAllItems` returns items
 * in, so the dashboard's replay walks both together) and by time within an item. Read through
 * the `[field+itemId+at]` index, so no other event is read: not the creations, one per item, which
 * the replay does without since every write path stamps an item's `createdAt` and its created
 * event with the same time, nor edits of other fields.
 */
export function loadStatusChanges(): Promise<ItemEvent[]> {
  return readByItemIdRange((lower, upper) =>
    db.events.where('[field+itemId+at]').between(['status', lower ?? Dexie.minKey], ['status', upper ?? Dexie.maxKey]).toArray(),
  );
}

/** Every event at or after `since` (ISO 8601; '' for all), oldest first: burn-up and "changes since the last review". */
export function eventsSince(since: string): Promise<ItemEvent[]> {
  return db.events.where('at').aboveOrEqual(since).toArray();
}
