/**
 * Click-through from a chart to the Action items table, filtered to what was clicked.
 * The one place that knows the items table's hash parameters.
 */
import { CLOSED_STATUSES, ITEM_STATUSES, type ItemStatus } from '../../../shared/model';
import type { DashboardFilters } from '../../../shared/insights';
import { formatHash, navigate, type RouteParams } from '../../app/router';

export interface ItemsQuery {
  statuses?: readonly ItemStatus[];
  /** A remediation theme id. */
  theme?: string;
  /** An owner's name, or null for unassigned items. */
  owner?: string | null;
  incident?: string;
  overdue?: boolean;
  /** Inclusive `YYYY-MM-DD` bound on the due date. */
  dueTo?: string;
}

export const UNFINISHED_STATUSES: readonly ItemStatus[] = ITEM_STATUSES.filter((status) => !CLOSED_STATUSES.includes(status));

/** The items table's value for "no owner". */
const UNASSIGNED_OWNER = 'none';

function toParams(query: ItemsQuery): RouteParams {
  return {
    status: query.statuses,
    theme: query.theme,
    owner: query.owner === null ? UNASSIGNED_OWNER : query.owner,
    incident: query.incident,
    overdue: query.overdue ? '1' : undefined,
    dueTo: query.dueTo,
  };
}

/**
 * The query with the dashboard's remediation-theme filter carried over, so the table shows
 * the same slice the chart counted. (A failure-theme, organization or date filter has no
 * counterpart among the table's filters.)
 */
export function withDashboardScope(query: ItemsQuery, filters: DashboardFilters, remediationThemeIds: ReadonlySet<string>): ItemsQuery {
  const themeId = filters.themeId;
  if (query.theme || !themeId || !remediationThemeIds.has(themeId)) return query;
  return { ...query, theme: themeId };
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
