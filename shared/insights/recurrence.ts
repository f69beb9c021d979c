/**
 * Recurring failure themes: for each failure theme, the incidents it appeared in, month by
 * month, and how many unfinished items address it.
 */
import type { ActionItem, Incident, Theme } from '../model';
import { monthOf, monthsBetween } from './calendar';
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

export interface RecurrenceCell {
  /** `YYYY-MM` */
  month: string;
  incidents: IncidentRef[];
}

export interface FailureThemeRecurrence extends ThemeDisplay {
  incidentCount: number;
  /** Appeared in more than one incident. */
  recurring: boolean;
  /** Only months with at least one incident, in time order. */
  cells: RecurrenceCell[];
  /** Unfinished items that address this failure theme. */
  unfinishedItemCount: number;
}

export interface RecurrenceMatrix {
  /** Every month from the first incident to the last, `YYYY-MM`, for the matrix's columns. */
  months: string[];
  /** Most frequent first. */
  themes: FailureThemeRecurrence[];
}

export function toIncidentRef(incident: Incident): IncidentRef {
  return { id: incident.id, title: incident.title, date: incidentDay(incident), organization: incident.organization };
}

export function buildRecurrence(
  incidents: readonly Incident[],
  items: readonly ActionItem[],
  incidentById: ReadonlyMap<string, Incident>,
  themes: readonly Theme[],
): RecurrenceMatrix {
  const byTheme = new Map<string, Map<string, IncidentRef[]>>();
  let firstTime = Infinity;
  let lastTime = -Infinity;
  const ordered = incidents.map((incident) => ({ incident, time: incidentTime(incident) })).sort((a, b) => a.time - b.time);
  for (const { incident, time } of ordered) {
    if (incident.failureThemes.length === 0) continue;
    firstTime = Math.min(firstTime, time);
    lastTime = Math.max(lastTime, time);
    const month = monthOf(time);
    const ref = toIncidentRef(incident);
    for (const themeId of new Set(incident.failureThemes)) {
      let months = byTheme.get(themeId);
      if (!months) byTheme.set(themeId, (months = new Map()));
      const cell = months.get(month);
      if (cell) cell.push(ref);
      else months.set(month, [ref]);
    }
  }
  if (byTheme.size === 0) return { months: [], themes: [] };

  const unfinishedByTheme = new Map<string, number>();
  for (const item of items) {
    if (!isUnfinished(item)) continue;
    const incident = item.incidentId === null ? undefined : incidentById.get(item.incidentId);
    for (const themeId of failureThemesAddressedByItem(item, incident)) {
      unfinishedByTheme.set(themeId, (unfinishedByTheme.get(themeId) ?? 0) + 1);
    }
  }

  const display = themeDisplayLookup(themes);
  const rows = [...byTheme].map(([themeId, months]): FailureThemeRecurrence => {
    const cells = [...months].map(([month, refs]) => ({ month, incidents: refs }));
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
  return { months: monthsBetween(monthOf(firstTime), monthOf(lastTime)), themes: rows };
}
