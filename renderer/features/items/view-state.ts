/**
 * What the Action items table shows: filters, search and sort. It lives in the hash
 * route's query (`#/items?status=open&theme=canary&sort=due`), so a view survives reload,
 * back/forward, and can be saved by name.
 */
import { ITEM_KINDS, ITEM_STATUSES, type ItemKind, type ItemStatus } from '../../../shared/model';

export const SORT_COLUMNS = ['title', 'incident', 'kind', 'owner', 'due', 'status', 'priority', 'age'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

/** Filter values that stand for "no value": items created by hand, items with no owner. */
export const NONE = '~none';

export interface ItemsView {
  /** Empty for any status. */
  statuses: ItemStatus[];
  /** Theme ids an item must all carry; empty for any theme. */
  themes: string[];
  /** Empty for any kind. */
  kinds: ItemKind[];
  /** An owner's name, NONE for unassigned, null for anyone. */
  owner: string | null;
  /** An incident id, NONE for items created by hand, null for any. */
  incident: string | null;
  /** Open work whose due date has passed. */
  overdue: boolean;
  /** Inclusive `YYYY-MM-DD` bounds on the due date. */
  dueFrom: string | null;
  dueTo: string | null;
  /**
   * The dashboard's scope, judged by the dashboard's own rules (shared/insights `applyFilters`)
   * so a click-through lands on the items a chart counted: the incident's organization,
   * inclusive `YYYY-MM-DD` bounds on the incident's date (a hand-made item's creation date),
   * and a failure theme (its incidents' items, and items elsewhere on a theme that addresses it).
   */
  organization: string | null;
  incidentFrom: string | null;
  incidentTo: string | null;
  failureTheme: string | null;
  /** Just these items, by id (what a dashboard entry listed); empty for any. */
  itemIds: string[];
  /** Inclusive bounds on an item's age in whole days since creation. */
  ageMin: number | null;
  ageMax: number | null;
  search: string;
  sort: SortColumn;
  direction: SortDirection;
}

export const DEFAULT_VIEW: ItemsView = {
  statuses: [],
  themes: [],
  kinds: [],
  owner: null,
  incident: null,
  overdue: false,
  dueFrom: null,
  dueTo: null,
  organization: null,
  incidentFrom: null,
  incidentTo: null,
  failureTheme: null,
  itemIds: [],
  ageMin: null,
  ageMax: null,
  search: '',
  sort: 'due',
  direction: 'asc',
};

/** The filters a view keeps when the user clears them: only the sort. */
export function clearedView(view: ItemsView): ItemsView {
  return { ...DEFAULT_VIEW, sort: view.sort, direction: view.direction };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE_NUMBER = /^\d{1,6}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

function listOf<T extends string>(values: readonly T[], raw: string[]): T[] {
  return values.filter((value) => raw.includes(value));
}

function dateOrNull(value: string | null): string | null {
  return value !== null && DATE.test(value) ? value : null;
}

function daysOrNull(value: string | null): number | null {
  return value !== null && WHOLE_NUMBER.test(value) ? Number(value) : null;
}

/** Reads a view from route parameters; anything unknown or malformed is ignored. */
export function viewFromParams(params: URLSearchParams): ItemsView {
  const sort = params.get('sort');
  const direction = params.get('dir');
  return {
    statuses: listOf(ITEM_STATUSES, params.getAll('status')),
    themes: [...new Set(params.getAll('theme').filter(Boolean))],
    kinds: listOf(ITEM_KINDS, params.getAll('kind')),
    owner: params.get('owner') || null,
    incident: params.get('incident') || null,
    overdue: params.get('overdue') === '1',
    dueFrom: dateOrNull(params.get('due_from')),
    dueTo: dateOrNull(params.get('due_to')),
    organization: params.get('org') || null,
    incidentFrom: dateOrNull(params.get('incident_from')),
    incidentTo: dateOrNull(params.get('incident_to')),
    failureTheme: params.get('failure') || null,
    itemIds: [...new Set(params.getAll('id').filter(Boolean))],
    ageMin: daysOrNull(params.get('age_min')),
    ageMax: daysOrNull(params.get('age_max')),
    search: params.get('q') ?? '',
    sort: oneOf(SORT_COLUMNS, sort) ? sort : DEFAULT_VIEW.sort,
    direction: direction === 'asc' || direction === 'desc' ? direction : DEFAULT_VIEW.direction,
  };
}

/** The route parameters of a view; defaults are left out so URLs stay short. */
export function viewToParams(view: ItemsView): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of view.statuses) params.append('status', status);
  for (const theme of view.themes) params.append('theme', theme);
  for (const kind of view.kinds) params.append('kind', kind);
  if (view.owner) params.set('owner', view.owner);
  if (view.incident) params.set('incident', view.incident);
  if (view.overdue) params.set('overdue', '1');
  if (view.dueFrom) params.set('due_from', view.dueFrom);
  if (view.dueTo) params.set('due_to', view.dueTo);
  if (view.organization) params.set('org', view.organization);
  if (view.incidentFrom) params.set('incident_from', view.incidentFrom);
  if (view.incidentTo) params.set('incident_to', view.incidentTo);
  if (view.failureTheme) params.set('failure', view.failureTheme);
  for (const id of view.itemIds) params.append('id', id);
  if (view.ageMin !== null) params.set('age_min', String(view.ageMin));
  if (view.ageMax !== null) params.set('age_max', String(view.ageMax));
  if (view.search) params.set('q', view.search);
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.direction !== DEFAULT_VIEW.direction) params.set('dir', view.direction);
  return params;
}

/** Whether any filter or search narrows the list (sorting does not). */
export function isFiltered(view: ItemsView): boolean {
  return viewToParams({ ...view, sort: DEFAULT_VIEW.sort, direction: DEFAULT_VIEW.direction }).size > 0;
}
