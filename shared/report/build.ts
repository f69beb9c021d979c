/**
 * Builds the report model from the tracker's records. Statuses are as of `now`; the period
 * decides what counts as completed or added "in the period", where the burn-up ends and
 * which meeting is the last one.
 */
import {
  applyFilters,
  buildDashboard,
  buildStatusHistories,
  daysOverdue,
  doneSince,
  historyIndex,
  parseTime,
  repeatRiskEntries,
  themeDisplayLookup,
  toIncidentRef,
  type Dashboard,
  type DashboardFilters,
  type DashboardInput,
  type StatusHistories,
  type ThemeDisplay,
} from '../insights';
import { ITEM_STATUSES, STATUS_LABELS, type ActionItem, type Incident, type Theme } from '../model';
import { defineTerm, TERMS, type TermDefinitionContext, type TermId } from './definitions';
import { formatCount, formatDays, formatPercent } from './format';
import { emptyDecisions, latestMeeting, meetingDecisions } from './meeting-decisions';
import type {
  Definition,
  Figure,
  IncidentProgress,
  ItemRow,
  Report,
  ReportInput,
  ReportOptions,
  ReportScopeOption,
  ReportSection,
  ReportSectionKind,
} from './model';
import { resolvePeriod } from './period';

export const DEFAULT_REPORT_TITLE = 'Remediation progress report';

export function scopeFilters(scope: ReportScopeOption): DashboardFilters {
  switch (scope.kind) {
    case 'all':
      return {};
    case 'organization':
      return { organization: scope.value };
    case 'theme':
      return { themeId: scope.value };
  }
}

/** The items a report with this scope counts: the rows its CSV exports should hold. */
export function itemsInScope(input: DashboardInput, scope: ReportScopeOption): ActionItem[] {
  return applyFilters(input, scopeFilters(scope)).items;
}

function scopeLabel(scope: ReportScopeOption, themes: readonly Theme[]): string {
  switch (scope.kind) {
    case 'all':
      return 'All incidents';
    case 'organization':
      return `Organization: ${scope.value}`;
    case 'theme':
      return `Theme: ${themeDisplayLookup(themes)(scope.value).label}`;
  }
}

/** Hands out each term's definition once: the first section to use a term defines it. */
class DefinitionLedger {
  private readonly defined = new Set<TermId>();
  constructor(private readonly context: TermDefinitionContext) {}

  /** The definition if this is the term's first appearance, else null. */
  first(id: TermId): string | null {
    if (this.defined.has(id)) return null;
    this.defined.add(id);
    return defineTerm(id, this.context);
  }

  firsts(ids: readonly TermId[]): Definition[] {
    return ids.flatMap((id) => {
      const text = this.first(id);
      return text ? [{ term: TERMS[id], text }] : [];
    });
  }

  figure(id: TermId, value: number | null, text: string): Figure {
    return { id, label: TERMS[id], value, text, definition: this.first(id) };
  }
}

interface ReportContext {
  input: ReportInput;
  dashboard: Dashboard;
  items: ActionItem[];
  incidents: Incident[];
  incidentById: Map<string, Incident>;
  histories: StatusHistories;
  periodFrom: number;
  periodTo: number;
  today: string;
  ledger: DefinitionLedger;
  themeDisplay: (id: string) => ThemeDisplay;
  /** Items completed in the period, latest first. */
  completed: { item: ActionItem; completedAt: number }[];
}

function itemRow(item: ActionItem, context: ReportContext): ItemRow {
  const display = context.themeDisplay;
  return {
    id: item.id,
    title: item.title,
    incidentTitle: item.incidentId === null ? null : (context.incidentById.get(item.incidentId)?.title ?? null),
    owner: item.owner,
    status: item.status,
    statusLabel: STATUS_LABELS[item.status],
    dueDate: item.dueDate,
    priority: item.priority,
    daysOverdue: daysOverdue(item, context.today),
    themeLabels: item.themes.map((theme) => display(theme).label),
  };
}

/** When each item became done within the period, for items still done at its end; latest first. */
function completedInPeriod(
  items: readonly ActionItem[],
  histories: StatusHistories,
  from: number,
  to: number,
): { item: ActionItem; completedAt: number }[] {
  const completed: { item: ActionItem; completedAt: number }[] = [];
  for (const item of items) {
    const index = historyIndex(histories, item.id);
    const since = index === undefined ? null : doneSince(histories, index, to);
    if (since !== null && since >= from) completed.push({ item, completedAt: since });
  }
  return completed.sort((a, b) => b.completedAt - a.completedAt);
}

function addedInPeriod(context: ReportContext): number {
  return context.items.filter((item) => {
    const index = historyIndex(context.histories, item.id);
    const created = index === undefined ? parseTime(item.createdAt) : context.histories.createdAt[index]!;
    return created >= context.periodFrom && created <= context.periodTo;
  }).length;
}

function buildSection(kind: ReportSectionKind, context: ReportContext): ReportSection {
  const { dashboard, ledger } = context;
  const headline = dashboard.headline;
  switch (kind) {
    case 'summary': {
      const added = addedInPeriod(context);
      return {
        kind,
        title: 'Summary',
        definitions: [],
        figures: [
          ledger.figure('incidents', dashboard.incidentCount, formatCount(dashboard.incidentCount)),
          ledger.figure('items', headline.total, formatCount(headline.total)),
          ledger.figure('completionRate', headline.completionRate, formatPercent(headline.completionRate)),
          ledger.figure('unfinished', headline.unfinished, formatCount(headline.unfinished)),
          ledger.figure('notStarted', headline.notStarted, formatCount(headline.notStarted)),
          ledger.figure('inProgress', headline.byStatus.in_progress, formatCount(headline.byStatus.in_progress)),
          ledger.figure('blocked', headline.byStatus.blocked, formatCount(headline.byStatus.blocked)),
          ledger.figure('done', headline.byStatus.done, formatCount(headline.byStatus.done)),
          ledger.figure('overdue', headline.overdue, formatCount(headline.overdue)),
          ledger.figure('longOverdue', headline.longOverdue, formatCount(headline.longOverdue)),
          ledger.figure('medianDaysToClose', headline.medianDaysToClose, formatDays(headline.medianDaysToClose)),
          ledger.figure('completedInPeriod', context.completed.length, formatCount(context.completed.length)),
          ledger.figure('addedInPeriod', added, formatCount(added)),
        ],
      };
    }
    case 'charts':
      return {
        kind,
        title: 'Progress over time',
        definitions: ledger.firsts(['burnUp', 'ageing']),
        burnUp: dashboard.burnUp,
        statusCounts: ITEM_STATUSES.map((status) => ({ status, label: STATUS_LABELS[status], count: headline.byStatus[status] })),
        ageing: dashboard.ageing,
      };
    case 'completion-by-theme':
      return {
        kind,
        title: 'Completion by remediation theme',
        definitions: ledger.firsts(['completionRate']),
        rows: dashboard.completionByTheme.map((row) => ({ ...row, completionText: formatPercent(row.completionRate) })),
      };
    case 'incident-progress':
      return { kind, title: 'Progress per incident', definitions: ledger.firsts(['completionRate', 'overdue']), rows: incidentProgress(context) };
    case 'overdue': {
      const rows = context.items
        .filter((item) => daysOverdue(item, context.today) > 0)
        .map((item) => itemRow(item, context))
        .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
      return {
        kind,
        title: 'Overdue items',
        definitions: ledger.firsts(['daysOverdue']),
        figures: [ledger.figure('overdue', headline.overdue, formatCount(headline.overdue))],
        rows,
        owners: dashboard.owners.filter((owner) => owner.overdue > 0),
      };
    }
    case 'completed': {
      const { completed } = context;
      return {
        kind,
        title: 'Completed in the period',
        definitions: [],
        figures: [ledger.figure('completedInPeriod', completed.length, formatCount(completed.length))],
        rows: completed.map(({ item, completedAt }) => ({ ...itemRow(item, context), completedOn: new Date(completedAt).toISOString().slice(0, 10) })),
      };
    }
    case 'recurrence':
      return {
        kind,
        title: 'Recurring failures and repeat risk',
        definitions: ledger.firsts(['recurringTheme', 'repeatRisk']),
        recurring: dashboard.recurrence.themes.filter((theme) => theme.recurring),
        repeatRisk: repeatRiskEntries(dashboard.repeatRisk).filter((entry) => parseTime(entry.incident.date) <= context.periodTo),
      };
    case 'meeting': {
      const meeting = latestMeeting(context.input.meetings, context.periodTo);
      const inScope = new Map(context.items.map((item) => [item.id, item]));
      return {
        kind,
        title: 'Last review meeting',
        definitions: ledger.firsts(['decisions']),
        meeting: meeting && { id: meeting.id, title: meeting.title, startedAt: meeting.startedAt, endedAt: meeting.endedAt },
        decisions: meeting ? meetingDecisions(meeting.id, context.input.events, inScope) : emptyDecisions(),
      };
    }
  }
}

function incidentProgress(context: ReportContext): IncidentProgress[] {
  const byIncident = new Map<string, ActionItem[]>();
  for (const item of context.items) {
    if (item.incidentId === null) continue;
    const list = byIncident.get(item.incidentId);
    if (list) list.push(item);
    else byIncident.set(item.incidentId, [item]);
  }
  return context.incidents
    .map((incident): IncidentProgress => {
      const items = byIncident.get(incident.id) ?? [];
      const done = items.filter((item) => item.status === 'done').length;
      const dropped = items.filter((item) => item.status === 'wont_do').length;
      const rate = items.length - dropped > 0 ? done / (items.length - dropped) : null;
      return {
        incident: toIncidentRef(incident),
        total: items.length,
        done,
        unfinished: items.length - done - dropped,
        overdue: items.filter((item) => daysOverdue(item, context.today) > 0).length,
        completionRate: rate,
        completionText: formatPercent(rate),
      };
    })
    .sort((a, b) => (a.incident.date < b.incident.date ? 1 : a.incident.date > b.incident.date ? -1 : 0));
}

export function buildReport(input: ReportInput, options: ReportOptions, now: Date): Report {
  const period = resolvePeriod(options.period, input.lastReportAt, now);
  const periodTo = parseTime(period.to);
  const filters = scopeFilters(options.scope);
  const histories = buildStatusHistories(input.items, input.events, input.incidents);
  const dashboard = buildDashboard(input, filters, now, { histories, burnUpUntil: new Date(periodTo) });
  const { items, incidents, incidentById } = applyFilters(input, filters);
  const periodFrom = period.from === null ? -Infinity : parseTime(period.from);
  const context: ReportContext = {
    input,
    dashboard,
    items,
    incidents,
    incidentById,
    histories,
    periodFrom,
    periodTo,
    today: dashboard.today,
    ledger: new DefinitionLedger({ today: dashboard.today }),
    themeDisplay: themeDisplayLookup(input.themes),
    completed: completedInPeriod(items, histories, periodFrom, periodTo),
  };
  return {
    title: options.title?.trim() || DEFAULT_REPORT_TITLE,
    generatedAt: now.toISOString(),
    today: dashboard.today,
    period,
    scopeLabel: scopeLabel(options.scope, input.themes),
    sections: options.sections.map((kind) => buildSection(kind, context)),
  };
}
