/**
 * Click-through from a chart to the Action items table, filtered to what was clicked.
 * The items table's own view-state module writes the hash parameters.
 */
import { CLOSED_STATUSES, ITEM_STATUSES, type ItemStatus } from '../../../shared/model';
import type { DashboardFilters } from '../../../shared/insights';
import { formatHash, navigate } from '../../app/router';
import { DEFAULT_VIEW, NONE, viewToParams } from '../items/view-state';

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

function toParams(query: ItemsQuery): URLSearchParams {
  return viewToParams({
    ...DEFAULT_VIEW,
    statuses: [...(query.statuses ?? [])],
    theme: query.theme ?? null,
    owner: query.owner === null ? NONE : (query.owner ?? null),
    incident: query.incident ?? null,
    overdue: query.overdue ?? false,
    dueTo: query.dueTo ?? null,
  });
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
