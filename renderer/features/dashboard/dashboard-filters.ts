/**
 * The dashboard's filters live in the hash query (`#/dashboard?from=2024-01-01&org=Acme&theme=canary&interval=month`)
 * so a filtered view survives reload, back/forward, and can be bookmarked for the next review.
 */
import { useCallback, useMemo } from 'react';
import type { BurnUpInterval, DashboardFilters } from '../../../shared/insights';
import { formatHash, navigate, parseHash, useRoute } from '../../app/router';

export interface DashboardView {
  filters: DashboardFilters;
  /** Null lets the aggregation choose from the time span. */
  interval: BurnUpInterval | null;
}

export type DashboardViewPatch = Partial<{
  from: string | null;
  to: string | null;
  organization: string | null;
  themeId: string | null;
  interval: BurnUpInterval | null;
}>;

const PARAM_NAMES = { from: 'from', to: 'to', organization: 'org', themeId: 'theme', interval: 'interval' } as const;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function dayParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value && DAY_PATTERN.test(value) ? value : null;
}

function intervalParam(params: URLSearchParams): BurnUpInterval | null {
  const value = params.get(PARAM_NAMES.interval);
  return value === 'week' || value === 'month' ? value : null;
}

export function readDashboardView(params: URLSearchParams): DashboardView {
  return {
    filters: {
      from: dayParam(params, PARAM_NAMES.from),
      to: dayParam(params, PARAM_NAMES.to),
      organization: params.get(PARAM_NAMES.organization) || null,
      themeId: params.get(PARAM_NAMES.themeId) || null,
    },
    interval: intervalParam(params),
  };
}

export function hasActiveFilters({ from, to, organization, themeId }: DashboardFilters): boolean {
  return Boolean(from || to || organization || themeId);
}

/** The dashboard's hash params with `patch` applied; unrelated params are kept. */
export function patchDashboardParams(params: URLSearchParams, patch: DashboardViewPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch) as [keyof DashboardViewPatch, string | null | undefined][]) {
    if (value === undefined) continue;
    const name = PARAM_NAMES[key];
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
  }
  return next;
}

/** The current view and a setter that replaces the history entry (filters are not worth a Back press each). */
export function useDashboardView(): [DashboardView, (patch: DashboardViewPatch) => void] {
  const route = useRoute();
  const view = useMemo(() => readDashboardView(route.params), [route.params]);
  const update = useCallback((patch: DashboardViewPatch) => {
    const current = parseHash(window.location.hash);
    navigate(current.path, patchDashboardParams(current.params, patch), { replace: true });
  }, []);
  return [view, update];
}

/** Link to the dashboard narrowed to one theme, keeping the other filters. */
export function dashboardThemeHref(params: URLSearchParams, themeId: string): string {
  return formatHash('/dashboard', patchDashboardParams(params, { themeId }));
}
