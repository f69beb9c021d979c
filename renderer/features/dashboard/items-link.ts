/**
 * Click-through from a chart to the Action items table, filtered to what was clicked.
 * The items table's own view-state module writes the hash parameters.
 */
import { CLOSED_STATUSES, ITEM_STATUSES, type ItemStatus } from '../../../shared/model';
import type { DashboardFilters } from '../../../shared/insights';
import { formatHash, navigate } from '../../app/router';
import { DEFAULT_VIEW, NONE, viewToParams } from '../items/view-state';

/** The dashboard's filters, as the items table applies them (see `ItemsView`). */
export interface ItemsScope {
  organization: string | null;
  /** Inclusive `YYYY-MM-DD` bounds on the incident's date. */
  incidentFrom: string | null;
  incidentTo: string | null;
  failureTheme: string | null;
  /** A remediation theme every item must carry, besides the query's own theme. */
  remediationTheme: string | null;
}

export interface ItemsQuery {
  statuses?: readonly ItemStatus[];
  /** A remediation theme id. */
  theme?: string;
  /** An owner's name, or null for unassigned items. */
  owner?: string | null;
  incident?: string;
  /** Just these items: what an entry counted that no filter describes (repeat risk's items open at the time). */
  itemIds?: readonly string[];
  overdue?: boolean;
  /** Inclusive `YYYY-MM-DD` bound on the due date. */
  dueTo?: string;
  /** Inclusive bounds on age in whole days since creation (an ageing bucket); no upper bound when null. */
  ageMin?: number;
  ageMax?: number | null;
  scope?: ItemsScope;
}

export const UNFINISHED_STATUSES: readonly ItemStatus[] = ITEM_STATUSES.filter((status) => !CLOSED_STATUSES.includes(status));

function toParams(query: ItemsQuery): URLSearchParams {
  const { scope } = query;
  const themes = [query.theme, scope?.remediationTheme].filter((theme): theme is string => Boolean(theme));
  return viewToParams({
    ...DEFAULT_VIEW,
    statuses: [...(query.statuses ?? [])],
    themes: [...new Set(themes)],
    owner: query.owner === null ? NONE : (query.owner ?? null),
    incident: query.incident ?? null,
    itemIds: [...(query.itemIds ?? [])],
    overdue: query.overdue ?? false,
    dueTo: query.dueTo ?? null,
    ageMin: query.ageMin ?? null,
    ageMax: query.ageMax ?? null,
    organization: scope?.organization ?? null,
    incidentFrom: scope?.incidentFrom ?? null,
    incidentTo: scope?.incidentTo ?? null,
    failureTheme: scope?.failureTheme ?? null,
  });
}

/**
 * The query narrowed to the dashboard's filters, so the table shows the slice the chart
 * counted: the organization, the incident date range, and the theme (a remediation theme
 * as a theme every item carries, any other as a failure theme, both judged as the
 * dashboard judges them). A query for one incident's items, or for items by id, is left
 * whole: it names what it shows, which may lie outside the dashboard's range (repeat risk's
 * earlier incidents).
 */
export function withDashboardScope(query: ItemsQuery, filters: DashboardFilters, remediationThemeIds: ReadonlySet<string>): ItemsQuery {
  if (query.incident !== undefined || query.itemIds !== undefined) return query;
  const themeId = filters.themeId ?? null;
  const isRemediation = themeId !== null && remediationThemeIds.has(themeId);
  const scope: ItemsScope = {
    organization: filters.organization ?? null,
    incidentFrom: filters.from ?? null,
    incidentTo: filters.to ?? null,
    failureTheme: isRemediation ? null : themeId,
    remediationTheme: isRemediation ? themeId : null,
  };
  return Object.values(scope).some((value) => value !== null) ? { ...query, scope } : query;
}

export function itemsHref(query: ItemsQuery): string {
  return formatHash('/items', toParams(query));
}

export function openItems(query: ItemsQuery): void {
  navigate('/items', toParams(query));
}

export function incidentHref(incidentId: string): string {
  return formatHash(`/incidents/${incidentId}`);
}
