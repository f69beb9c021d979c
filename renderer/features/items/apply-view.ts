/**
 * Filtering and sorting the loaded items for the table, in memory: with every item
 * already read once, a filter change is a pass over an array, with no database round trip.
 */
import { CLOSED_STATUSES, ITEM_STATUSES, PRIORITIES, type ActionItem } from '../../../shared/model';
import { NONE, type ItemsView, type SortColumn, type SortDirection } from './view-state';

export interface ViewContext {
  /** Today as `YYYY-MM-DD`, for "overdue". */
  today: string;
  /** Ids the full-text search found, or null when there is no search. */
  searchHits: ReadonlySet<string> | null;
  /** Incident titles by id, for sorting by incident. */
  incidentTitles: ReadonlyMap<string, string>;
}

export function isOverdue(item: ActionItem, today: string): boolean {
  return item.dueDate !== null && item.dueDate < today && !CLOSED_STATUSES.includes(item.status);
}

export function itemInView(view: ItemsView, context: ViewContext): (item: ActionItem) => boolean {
  const statuses = view.statuses.length > 0 ? new Set(view.statuses) : null;
  const kinds = view.kinds.length > 0 ? new Set(view.kinds) : null;
  const owner = view.owner === NONE ? null : view.owner;
  const incident = view.incident === NONE ? null : view.incident;
  const { today, searchHits } = context;
  return (item) =>
    (statuses === null || statuses.has(item.status)) &&
    (kinds === null || kinds.has(item.kind)) &&
    (view.theme === null || item.themes.includes(view.theme)) &&
    (view.owner === null || item.owner === owner) &&
    (view.incident === null || item.incidentId === incident) &&
    (!view.overdue || isOverdue(item, today)) &&
    (view.dueFrom === null || (item.dueDate !== null && item.dueDate >= view.dueFrom)) &&
    (view.dueTo === null || (item.dueDate !== null && item.dueDate <= view.dueTo)) &&
    (searchHits === null || searchHits.has(item.id));
}

const STATUS_RANK = new Map<string, number>(ITEM_STATUSES.map((status, index) => [status, index]));
const PRIORITY_RANK = new Map<string, number>(PRIORITIES.map((priority, index) => [priority, index]));

type SortValue = string | number | null;

function sortKey(column: SortColumn, context: ViewContext): (item: ActionItem) => SortValue {
  switch (column) {
    case 'title':
      return (item) => item.title.toLowerCase();
    case 'incident':
      return (item) => (item.incidentId === null ? null : (context.incidentTitles.get(item.incidentId)?.toLowerCase() ?? null));
    case 'kind':
      return (item) => item.kind;
    case 'owner':
      return (item) => item.owner?.toLowerCase() ?? null;
    case 'due':
      return (item) => item.dueDate;
    case 'status':
      return (item) => STATUS_RANK.get(item.status) ?? null;
    case 'priority':
      return (item) => (item.priority === null ? null : (PRIORITY_RANK.get(item.priority) ?? null));
    case 'age':
      // Oldest first reads as "age ascending" backwards, so age sorts by creation, newest first.
      return (item) => -Date.parse(item.createdAt);
  }
}

/**
 * Sorted copy; items without a value go last in either direction, ties keep creation
 * order. Keys are computed once per item, not once per comparison.
 */
export function sortItems(items: readonly ActionItem[], column: SortColumn, direction: SortDirection, context: ViewContext): ActionItem[] {
  const key = sortKey(column, context);
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = items.map((item) => ({ item, value: key(item) }));
  keyed.sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return a.value < b.value ? -sign : sign;
    }
    if (a.item.createdAt !== b.item.createdAt) return a.item.createdAt < b.item.createdAt ? -1 : 1;
    return a.item.id < b.item.id ? -1 : 1;
  });
  return keyed.map((entry) => entry.item);
}

export function applyView(items: readonly ActionItem[], view: ItemsView, context: ViewContext): ActionItem[] {
  return sortItems(items.filter(itemInView(view, context)), view.sort, view.direction, context);
}
