/**
 * Recurring failure themes: for each failure theme, the incidents it appeared in, month by
 * month (quarter by quarter or year by year over longer spans, so the matrix stays a few dozen
 * columns wide), and how many unfinished items address it.
 */
import type { ActionItem, Incident, Theme } from '../model';
import { monthIndex } from './calendar';
import { failureThemesAddressedByItem } from './failure-remediation';
import { incidentDay, incidentTime } from './filters';
import { isUnfinished } from './headline';
import { themeDisplayLookup, type ThemeDisplay } from './theme-display';

export interface IncidentRef {
  id: string;
  title: string;
  /** `YYYY-MM-DD`, the incident's date. */
  date: string;
  organization: string | null;
}

export type RecurrenceInterval = 'month' | 'quarter' | 'year';

export interface RecurrenceCell {
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`, by the matrix's interval. */
  period: string;
  incidents: IncidentRef[];
}

export interface FailureThemeRecurrence extends ThemeDisplay {
  incidentCount: number;
  /** Appeared in more than one incident. */
  recurring: boolean;
  /** Only periods with at least one incident, in time order. */
  cells: RecurrenceCell[];
  /** Unfinished items that address this failure theme. */
  unfinishedItemCount: number;
}

export interface RecurrenceMatrix {
  interval: RecurrenceInterval;
  /** Every period from the first incident's to the last's, for the matrix's columns. */
  periods: string[];
  /** Most frequent first. */
  themes: FailureThemeRecurrence[];
}

/** Beyond this many months the matrix counts quarters, and beyond this many quarters years. */
export const MAX_RECURRENCE_COLUMNS = 24;

export function toIncidentRef(incident: Incident): IncidentRef {
  return { id: incident.id, title: incident.title, date: incidentDay(incident), organization: incident.organization };
}

/** The longest interval that keeps `months` (a span in months) within `MAX_RECURRENCE_COLUMNS` columns. */
export function chooseRecurrenceInterval(months: number): RecurrenceInterval {
  if (months <= MAX_RECURRENCE_COLUMNS) return 'month';
  return Math.ceil(months / 3) <= MAX_RECURRENCE_COLUMNS ? 'quarter' : 'year';
}

const MONTHS_PER_PERIOD: Record<RecurrenceInterval, number> = { month: 1, quarter: 3, year: 12 };

/** The key of the period that month index `month` (months since 1970-01) falls in. */
function periodKey(interval: RecurrenceInterval, month: number): string {
  const year = 1970 + Math.floor(month / 12);
  const monthOfYear = month - (year - 1970) * 12;
  if (interval === 'year') return String(year);
  if (interval === 'quarter') return `${year}-Q${Math.floor(monthOfYear / 3) + 1}`;
  return `${year}-${String(monthOfYear + 1).padStart(2, '0')}`;
}

export function buildRecurrence(
  incidents: readonly Incident[],
  items: readonly ActionItem[],
  incidentById: ReadonlyMap<string, Incident>,
  themes: readonly Theme[],
): RecurrenceMatrix {
  const ordered = incidents
    .filter((incident) => incident.failureThemes.length > 0)
    .map((incident) => ({ incident, time: incidentTime(incident) }))
    .sort((a, b) => a.time - b.time)
    .map(({ incident, time }) => ({ incident, month: monthIndex(time) }));
  if (ordered.length === 0) return { interval: 'month', periods: [], themes: [] };
  const firstMonth = ordered[0]!.month;
  const lastMonth = ordered[ordered.length - 1]!.month;
  const interval = chooseRecurrenceInterval(lastMonth - firstMonth + 1);
  const size = MONTHS_PER_PERIOD[interval];
  // Periods are aligned to the calendar: quarters start in January, April, July and October.
  const firstPeriod = Math.floor(firstMonth / size);
  const periods: string[] = [];
  for (let period = firstPeriod; period <= Math.floor(lastMonth / size); period += 1) periods.push(periodKey(interval, period * size));

  const byTheme = new Map<string, Map<number, IncidentRef[]>>();
  for (const { incident, month } of ordered) {
    const column = Math.floor(month / size) - firstPeriod;
    const ref = toIncidentRef(incident);
    for (const themeId of new Set(incident.failureThemes)) {
      let columns = byTheme.get(themeId);
      if (!columns) byTheme.set(themeId, (columns = new Map()));
      const cell = columns.get(column);
      if (cell) cell.push(ref);
      else columns.set(column, [ref]);
    }
  }

  const unfinishedByTheme = new Map<string, number>();
  for (const item of items) {
    if (!isUnfinished(item)) continue;
    const incident = item.incidentId === null ? undefined : incidentById.get(item.incidentId);
    for (const themeId of failureThemesAddressedByItem(item, incident)) {
      unfinishedByTheme.set(themeId, (unfinishedByTheme.get(themeId) ?? 0) + 1);
    }
  }

  const display = themeDisplayLookup(themes);
  const rows = [...byTheme].map(([themeId, columns]): FailureThemeRecurrence => {
    const cells = [...columns].map(([column, refs]) => ({ period: periods[column]!, incidents: refs }));
    const incidentCount = cells.reduce((sum, cell) => sum + cell.incidents.length, 0);
    return {
      ...display(themeId),
      incidentCount,
      recurring: incidentCount > 1,
      cells,
      unfinishedItemCount: unfinishedByTheme.get(themeId) ?? 0,
    };
  });
  rows.sort((a, b) => b.incidentCount - a.incidentCount || a.label.localeCompare(b.label));
  return { interval, periods, themes: rows };
}
