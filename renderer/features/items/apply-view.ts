/**
 * Filtering and sorting the loaded items for the table, in memory: with every item
 * already read once, a filter change is a pass over an array, with no database round trip.
 */
import { applyFilters, chartedThemes, DAY_MS, parseTime } from '../../../shared/insights';
import { CLOSED_STATUSES, ITEM_STATUSES, PRIORITIES, type ActionItem, type Incident, type Theme } from '../../../shared/model';
import { NONE, type ItemsView, type SortColumn, type SortDirection } from './view-state';

export interface ViewContext {
  /** Today as `YYYY-MM-DD`, for "overdue". */
  today: string;
  /** Ids the full-text search found, or null when there is no search. */
  searchHits: ReadonlySet<string> | null;
  /** Incident titles by id, for sorting by incident. */
  incidentTitles: ReadonlyMap<string, string>;
  /** Every incident and theme, for the dashboard's scope (organization, incident dates, failure theme). */
  incidents: readonly Incident[];
  themes: readonly Theme[];
  /** The current time, for the age filter. */
  now: number;
}

export function isOverdue(item: ActionItem, today: string): boolean {
  return item.dueDate !== null && item.dueDate < today && !CLOSED_STATUSES.includes(item.status);
}

/** Age in whole days since creation, as the dashboard's ageing histogram counts it. */
export function ageInDays(item: ActionItem, now: number): number {
  return Math.max(0, Math.floor((now - parseTime(item.createdAt)) / DAY_MS));
}

/**
 * Ids of the items within the dashboard's scope, or null when the view sets none. The
 * dashboard's own filter decides, so the table cannot drift from what a chart counted.
 */
function idsInDashboardScope(items: readonly ActionItem[], view: ItemsView, context: ViewContext): ReadonlySet<string> | null {
  const { organization, incidentFrom, incidentTo, failureTheme } = view;
  if (!organization && !incidentFrom && !incidentTo && !failureTheme) return null;
  const scoped = applyFilters(
    { incidents: context.incidents, items, events: [], themes: context.themes },
    { organization, from: incidentFrom, to: incidentTo, themeId: failureTheme },
  );
  return new Set(scoped.items.map((item) => item.id));
}

function itemInView(view: ItemsView, context: ViewContext, inScope: ReadonlySet<string> | null): (item: ActionItem) => boolean {
  const statuses = view.statuses.length > 0 ? new Set(view.statuses) : null;
  const kinds = view.kinds.length > 0 ? new Set(view.kinds) : null;
  const owner = view.owner === NONE ? null : view.owner;
  const incident = view.incident === NONE ? null : view.incident;
  const itemIds = view.itemIds.length > 0 ? new Set(view.itemIds) : null;
  const { today, searchHits, now } = context;
  return (item) =>
    (statuses === null || statuses.has(item.status)) &&
    (kinds === null || kinds.has(item.kind)) &&
    // As the dashboard counts them, so its links find what it charted.
    view.themes.every((theme) => chartedThemes(item).includes(theme)) &&
    (view.owner === null || item.owner === owner) &&
    (view.incident === null || item.incidentId === incident) &&
    (!view.overdue || isOverdue(item, today)) &&
    (view.dueFrom === null || (item.dueDate !== null && item.dueDate >= view.dueFrom)) &&
    (view.dueTo === null || (item.dueDate !== null && item.dueDate <= view.dueTo)) &&
    (view.ageMin === null || ageInDays(item, now) >= view.ageMin) &&
    (view.ageMax === null || ageInDays(item, now) <= view.ageMax) &&
    (itemIds === null || itemIds.has(item.id)) &&
    (inScope === null || inScope.has(item.id)) &&
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
  const inView = itemInView(view, context, idsInDashboardScope(items, view, context));
  return sortItems(items.filter(inView), view.sort, view.direction, context);
}
