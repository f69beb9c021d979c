/**
 * The report model: everything a progress report says, already computed and formatted, so
 * every renderer (Markdown, HTML, CSV) shows the same numbers.
 */
import type { AgeBucket, BurnUp, FailureThemeRecurrence, IncidentRef, OwnerLoad, RepeatRiskEntry, ThemeCompletion } from '../insights';
import type { DashboardInput } from '../insights';
import type { ItemStatus, Meeting, Priority } from '../model';

export const REPORT_SECTION_KINDS = [
  'summary',
  'charts',
  'completion-by-theme',
  'incident-progress',
  'overdue',
  'completed',
  'recurrence',
  'meeting',
] as const;
export type ReportSectionKind = (typeof REPORT_SECTION_KINDS)[number];

export type ReportPeriodOption =
  | { kind: 'since-last' }
  /** `from` is `YYYY-MM-DD`. */
  | { kind: 'since-date'; from: string }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 };

export type ReportScopeOption = { kind: 'all' } | { kind: 'organization'; value: string } | { kind: 'theme'; value: string };

export interface ReportOptions {
  period: ReportPeriodOption;
  scope: ReportScopeOption;
  /** Sections in the order they appear. */
  sections: readonly ReportSectionKind[];
  title?: string;
}

export interface ReportInput extends DashboardInput {
  meetings: readonly Meeting[];
  /** When the previous report was made (ISO), for a `since-last` period. */
  lastReportAt?: string | null;
}

export interface ReportPeriod {
  label: string;
  /** ISO date-times; `from` is null for "since the beginning". */
  from: string | null;
  to: string;
}

/** A term and the sentence that defines it, shown where the term first appears. */
export interface Definition {
  term: string;
  text: string;
}

export interface Figure {
  id: string;
  label: string;
  value: number | null;
  /** The value as every format prints it. */
  text: string;
  /** The definition, on the figure's first appearance in the report only. */
  definition: string | null;
}

export interface ItemRow {
  id: string;
  title: string;
  incidentTitle: string | null;
  owner: string | null;
  status: ItemStatus;
  statusLabel: string;
  dueDate: string | null;
  priority: Priority | null;
  daysOverdue: number;
  themeLabels: string[];
}

export interface StatusCount {
  status: ItemStatus;
  label: string;
  count: number;
}

export interface IncidentProgress {
  incident: IncidentRef;
  total: number;
  done: number;
  unfinished: number;
  overdue: number;
  completionRate: number | null;
  completionText: string;
}

export interface Decision {
  itemId: string;
  itemTitle: string;
  at: string;
  /** Readable old and new values; for notes, `to` is the note taken. */
  from: string | null;
  to: string | null;
}

export interface MeetingDecisions {
  closed: Decision[];
  statusChanged: Decision[];
  reOwned: Decision[];
  reDated: Decision[];
  escalated: Decision[];
  deprioritised: Decision[];
  notes: Decision[];
}

interface SectionBase {
  title: string;
  /** Terms used first in this section, with their definitions. */
  definitions: Definition[];
}

export interface SummarySection extends SectionBase {
  kind: 'summary';
  figures: Figure[];
}

export interface ChartsSection extends SectionBase {
  kind: 'charts';
  burnUp: BurnUp;
  statusCounts: StatusCount[];
  ageing: AgeBucket[];
}

export interface CompletionByThemeSection extends SectionBase {
  kind: 'completion-by-theme';
  rows: (ThemeCompletion & { completionText: string })[];
}

export interface IncidentProgressSection extends SectionBase {
  kind: 'incident-progress';
  rows: IncidentProgress[];
}

export interface OverdueSection extends SectionBase {
  kind: 'overdue';
  figures: Figure[];
  rows: ItemRow[];
  /** Owners with overdue items, most overdue first. */
  owners: OwnerLoad[];
}

export interface CompletedSection extends SectionBase {
  kind: 'completed';
  figures: Figure[];
  rows: (ItemRow & { completedOn: string })[];
}

export interface RecurrenceSection extends SectionBase {
  kind: 'recurrence';
  /** Failure themes seen in more than one incident. */
  recurring: FailureThemeRecurrence[];
  repeatRisk: RepeatRiskEntry[];
}

export interface MeetingSection extends SectionBase {
  kind: 'meeting';
  meeting: Pick<Meeting, 'id' | 'title' | 'startedAt' | 'endedAt'> | null;
  decisions: MeetingDecisions;
}

export type ReportSection =
  | SummarySection
  | ChartsSection
  | CompletionByThemeSection
  | IncidentProgressSection
  | OverdueSection
  | CompletedSection
  | RecurrenceSection
  | MeetingSection;

export interface Report {
  title: string;
  /** ISO date-time the report was built; statuses are as of this moment. */
  generatedAt: string;
  /** `YYYY-MM-DD` overdue is judged against. */
  today: string;
  period: ReportPeriod;
  scopeLabel: string;
  sections: ReportSection[];
}
