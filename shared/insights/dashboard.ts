/**
 * Everything the dashboard shows, from one filtered view of the tracker, as of `now`.
 */
import { ageingHistogram, type AgeBucket } from './ageing';
import { buildBurnUp, type BurnUp, type BurnUpInterval } from './burn-up';
import { dayOf } from './calendar';
import { completionByTheme, type ThemeCompletion } from './completion-by-theme';
import { failureThemesAddressedBy } from './failure-remediation';
import { applyFilters, isFailureTheme, type DashboardFilters, type DashboardInput } from './filters';
import { computeHeadline, type HeadlineFigures } from './headline';
import { loadByOwner, type OwnerLoad } from './owners';
import { buildRecurrence, type RecurrenceMatrix } from './recurrence';
import { findRepeatRisk, type RepeatRiskEntry } from './repeat-risk';
import { buildStatusHistories, type StatusHistory } from './status-history';

export interface Dashboard {
  /** `YYYY-MM-DD` of `now`, the day overdue is judged against. */
  today: string;
  incidentCount: number;
  /** Ids of the items every figure below counts, for click-through to the items table. */
  itemIds: string[];
  headline: HeadlineFigures;
  burnUp: BurnUp;
  completionByTheme: ThemeCompletion[];
  recurrence: RecurrenceMatrix;
  repeatRisk: RepeatRiskEntry[];
  owners: OwnerLoad[];
  ageing: AgeBucket[];
}

export interface DashboardOptions {
  /** Burn-up granularity; chosen from the time span when left out. */
  interval?: BurnUpInterval;
  /** Where the burn-up ends; `now` when left out. */
  burnUpUntil?: Date;
  /** Status histories of all items, when the caller has already built them. */
  histories?: ReadonlyMap<string, StatusHistory>;
}

/** Failure themes a theme filter narrows repeat risk to, or null when every theme counts. */
function failureThemesInFocus(filters: DashboardFilters, input: DashboardInput): ReadonlySet<string> | null {
  if (!filters.themeId) return null;
  if (isFailureTheme(filters.themeId, input.themes)) return new Set([filters.themeId]);
  return new Set(failureThemesAddressedBy(filters.themeId));
}

export function buildDashboard(
  input: DashboardInput,
  filters: DashboardFilters,
  now: Date,
  options: DashboardOptions = {},
): Dashboard {
  const today = dayOf(now.getTime());
  const { incidents, items, incidentById } = applyFilters(input, filters);
  const histories = options.histories ?? buildStatusHistories(input.items, input.events, input.incidents);
  return {
    today,
    incidentCount: incidents.length,
    itemIds: items.map((item) => item.id),
    headline: computeHeadline(items, today),
    burnUp: buildBurnUp(items, histories, (options.burnUpUntil ?? now).getTime(), options.interval),
    completionByTheme: completionByTheme(items, input.themes),
    recurrence: buildRecurrence(incidents, items, incidentById, input.themes),
    repeatRisk: findRepeatRisk({
      incidents,
      allIncidents: input.incidents,
      allItems: input.items,
      histories,
      themes: input.themes,
      failureThemeIds: failureThemesInFocus(filters, input),
    }),
    owners: loadByOwner(items, today),
    ageing: ageingHistogram(items, now),
  };
}
