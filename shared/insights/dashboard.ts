/**
 * Everything the dashboard shows, from one filtered view of the tracker, as of `now`: the
 * summary of its first screen and the charts below it, computable apart so the first screen
 * need not wait for the charts.
 */
import { ageingHistogram, type AgeBucket } from './ageing';
import { buildBurnUp, type BurnUp, type BurnUpInterval } from './burn-up';
import { dayOf } from './calendar';
import { completionByTheme, type ThemeCompletion } from './completion-by-theme';
import { failureThemesAddressedBy } from './failure-remediation';
import { applyFilters, isFailureTheme, type DashboardFilters, type DashboardInput, type FilteredData } from './filters';
import { computeHeadline, type HeadlineFigures } from './headline';
import { loadByOwner, type OwnerLoad } from './owners';
import { buildRecurrence, type RecurrenceMatrix } from './recurrence';
import { findRepeatRisk, type RepeatRisk } from './repeat-risk';
import { buildStatusHistories, historyIndices, type StatusHistories } from './status-history';

/** What the dashboard's first screen shows: the headline figures and repeat risk. */
export interface DashboardSummary {
  /** `YYYY-MM-DD` of `now`, the day overdue is judged against. */
  today: string;
  incidentCount: number;
  headline: HeadlineFigures;
  /** Every finding; `repeatRiskEntries` builds the entries to show. */
  repeatRisk: RepeatRisk;
}

/** What the charts below the first screen show. */
export interface DashboardCharts {
  burnUp: BurnUp;
  completionByTheme: ThemeCompletion[];
  recurrence: RecurrenceMatrix;
  owners: OwnerLoad[];
  ageing: AgeBucket[];
}

export interface Dashboard extends DashboardSummary, DashboardCharts {}

export interface DashboardOptions {
  /** Burn-up granularity; chosen from the time span when left out. */
  interval?: BurnUpInterval;
  /** Where the burn-up ends; `now` when left out. */
  burnUpUntil?: Date;
  /** Status histories of the input's items, when the caller has already built them. */
  histories?: StatusHistories;
  /** The user's calendar day (`YYYY-MM-DD`), which decides what is overdue; the UTC day of `now` when left out. */
  today?: string;
}

/** One filtered view of the tracker as of `now`, which the summary and the charts are both computed from. */
export interface DashboardScope extends FilteredData {
  input: DashboardInput;
  filters: DashboardFilters;
  now: Date;
  /** The calendar day that decides what is overdue. */
  today: string;
  options: DashboardOptions;
  histories: StatusHistories;
}

/** Failure themes a theme filter narrows repeat risk to, or null when every theme counts. */
function failureThemesInFocus(filters: DashboardFilters, input: DashboardInput): ReadonlySet<string> | null {
  if (!filters.themeId) return null;
  if (isFailureTheme(filters.themeId, input.themes)) return new Set([filters.themeId]);
  return new Set(failureThemesAddressedBy(filters.themeId));
}

export function scopeDashboard(input: DashboardInput, filters: DashboardFilters, now: Date, options: DashboardOptions = {}): DashboardScope {
  const histories = options.histories ?? buildStatusHistories(input.items, input.events, input.incidents);
  const today = options.today ?? dayOf(now.getTime());
  return { ...applyFilters(input, filters), input, filters, now, today, options, histories };
}

export function summarizeDashboard(scope: DashboardScope): DashboardSummary {
  const { input, incidents, items, today, histories } = scope;
  return {
    today,
    incidentCount: incidents.length,
    headline: computeHeadline(items, today),
    repeatRisk: findRepeatRisk({
      incidents,
      allIncidents: input.incidents,
      allItems: input.items,
      histories,
      themes: input.themes,
      failureThemeIds: failureThemesInFocus(scope.filters, input),
    }),
  };
}

export function chartDashboard(scope: DashboardScope): DashboardCharts {
  const { input, incidents, items, itemPositions, incidentById, now, today, options, histories } = scope;
  return {
    burnUp: buildBurnUp(histories, historyIndices(histories, input.items, itemPositions), (options.burnUpUntil ?? now).getTime(), options.interval),
    completionByTheme: completionByTheme(items, input.themes),
    recurrence: buildRecurrence(incidents, items, incidentById, input.themes),
    owners: loadByOwner(items, today),
    ageing: ageingHistogram(items, now),
  };
}

/** Everything the dashboard shows, from one filtered view of the tracker, as of `now`. */
export function buildDashboard(input: DashboardInput, filters: DashboardFilters, now: Date, options: DashboardOptions = {}): Dashboard {
  const scope = scopeDashboard(input, filters, now, options);
  return { ...summarizeDashboard(scope), ...chartDashboard(scope) };
}
