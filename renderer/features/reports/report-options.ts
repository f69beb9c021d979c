/** The report builder's choices: section names, defaults, quarters and organizations on offer. */
import type { Incident } from '../../../shared/model';
import { REPORT_SECTION_KINDS, type ReportOptions, type ReportSectionKind } from '../../../shared/report';

/** Settings key of when the last report was exported (ISO), the start of "since the last report". */
export const LAST_REPORT_SETTING = 'reports.lastReportAt';

export const SECTION_LABELS: Record<ReportSectionKind, string> = {
  summary: 'Summary figures',
  charts: 'Charts: burn-up, status, age',
  'completion-by-theme': 'Completion by theme',
  'incident-progress': 'Per-incident progress',
  overdue: 'Overdue items with owners',
  completed: 'Completed in the period',
  recurrence: 'Recurring failure themes and repeat risk',
  meeting: "Last meeting's decisions",
};

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  period: { kind: 'since-last' },
  scope: { kind: 'all' },
  sections: REPORT_SECTION_KINDS,
};

/** Toggles a section, keeping the report's canonical section order. */
export function toggleSection(sections: readonly ReportSectionKind[], kind: ReportSectionKind, on: boolean): ReportSectionKind[] {
  return REPORT_SECTION_KINDS.filter((candidate) => (candidate === kind ? on : sections.includes(candidate)));
}

export interface QuarterChoice {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  label: string;
}

/** The current quarter and the `count - 1` before it, latest first (UTC, as the report counts). */
export function recentQuarters(now: Date, count = 6): QuarterChoice[] {
  const choices: QuarterChoice[] = [];
  let year = now.getUTCFullYear();
  let quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  for (let index = 0; index < count; index += 1) {
    choices.push({ year, quarter: quarter as QuarterChoice['quarter'], label: `Q${quarter} ${year}${index === 0 ? ' (current)' : ''}` });
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return choices;
}

/** Organizations named by incidents, alphabetically. */
export function organizationsOf(incidents: readonly Incident[]): string[] {
  const names = new Set(incidents.flatMap((incident) => (incident.organization ? [incident.organization] : [])));
  return [...names].sort((a, b) => a.localeCompare(b));
}
