import { describe, expect, it } from 'vitest';
import {
  buildReport,
  itemsInScope,
  REPORT_SECTION_KINDS,
  resolvePeriod,
  type Report,
  type ReportSection,
} from '../../../../shared/report';
import { FORMULA_TITLE, knownDatabase, NOW, QUOTED_TITLE, SCRIPT_TITLE, TRICKY_INCIDENT, TRICKY_OWNER } from './database';

function section<K extends ReportSection['kind']>(report: Report, kind: K): Extract<ReportSection, { kind: K }> {
  const found = report.sections.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`no ${kind} section`);
  return found as Extract<ReportSection, { kind: K }>;
}

const full = buildReport(knownDatabase(), { period: { kind: 'since-last' }, scope: { kind: 'all' }, sections: REPORT_SECTION_KINDS }, NOW);

describe('buildReport on a known database', () => {
  it('states the scope and the period', () => {
    expect(full.title).toBe('Remediation progress report');
    expect(full.scopeLabel).toBe('All incidents');
    expect(full.period).toEqual({ label: 'Since the last report (2024-04-01)', from: '2024-04-01T00:00:00.000Z', to: '2024-04-15T12:00:00.000Z' });
    expect(full.sections.map((candidate) => candidate.kind)).toEqual([...REPORT_SECTION_KINDS]);
  });

  it('computes the summary figures', () => {
    const figures = Object.fromEntries(section(full, 'summary').figures.map((figure) => [figure.id, figure.text]));
    expect(figures).toEqual({
      incidents: '2',
      items: '5',
      completionRate: '25%', // 1 done of the 4 not marked won't do
      unfinished: '3',
      notStarted: '1',
      inProgress: '1',
      blocked: '1',
      done: '1',
      overdue: '2', // i1 due 2024-02-01, i5 due 2024-04-14
      longOverdue: '1',
      medianDaysToClose: '370 days', // i2: 2023-03-29 to 2024-04-02
      completedInPeriod: '1', // i2 on 2024-04-02
      addedInPeriod: '1', // i5 on 2024-04-05
    });
  });

  it('defines each figure where it first appears, and only there', () => {
    const summary = section(full, 'summary');
    expect(summary.figures.every((figure) => figure.definition !== null)).toBe(true);
    expect(summary.figures.find((figure) => figure.id === 'overdue')!.definition).toBe('Unfinished items whose due date is before 2024-04-15.');
    expect(section(full, 'overdue').figures[0]!.definition).toBeNull();
    expect(section(full, 'completion-by-theme').definitions).toEqual([]);

    const alone = buildReport(knownDatabase(), { period: { kind: 'since-last' }, scope: { kind: 'all' }, sections: ['completion-by-theme', 'overdue'] }, NOW);
    expect(section(alone, 'completion-by-theme').definitions.map((definition) => definition.term)).toEqual(['Completion rate']);
    expect(section(alone, 'overdue').figures[0]!.definition).toMatch(/^Unfinished items whose due date/);
  });

  it('lists overdue items with owners, most overdue first', () => {
    const overdue = section(full, 'overdue');
    expect(overdue.rows.map((row) => [row.title, row.owner, row.daysOverdue])).toEqual([
      [QUOTED_TITLE, TRICKY_OWNER, 74],
      ['Write the runbook', null, 1],
    ]);
    expect(overdue.owners.map((owner) => [owner.owner, owner.overdue])).toEqual([
      [null, 1],
      [TRICKY_OWNER, 1],
    ]);
  });

  it('lists items completed in the period', () => {
    expect(section(full, 'completed').rows.map((row) => [row.title, row.completedOn, row.incidentTitle])).toEqual([
      [SCRIPT_TITLE, '2024-04-02', 'Message Bus Down'],
    ]);
  });

  it('shows progress per incident, latest first', () => {
    expect(section(full, 'incident-progress').rows.map((row) => [row.incident.title, row.total, row.done, row.unfinished, row.overdue, row.completionText])).toEqual([
      [TRICKY_INCIDENT, 2, 0, 1, 0, '0%'],
      ['Message Bus Down', 2, 1, 1, 1, '50%'],
    ]);
  });

  it('counts completion per remediation theme', () => {
    expect(section(full, 'completion-by-theme').rows.map((row) => [row.label, row.total, row.completionText])).toEqual([
      ['Validation & testing', 1, '100%'],
      ['Relay & routing loops', 2, '0%'],
      ['Capacity & scaling', 1, '—'],
      ['Other', 1, '0%'],
    ]);
  });

  it('explains recurring failures and repeat risk', () => {
    const recurrence = section(full, 'recurrence');
    expect(recurrence.recurring.map((theme) => [theme.label, theme.incidentCount])).toEqual([['Relay loop', 2]]);
    // i2 carries no theme that addresses relay loops, so it counts as a generic fix for its incident.
    expect(recurrence.repeatRisk.map((entry) => entry.explanation)).toEqual([
      `Relay loop came back on 2024-03-08 (${TRICKY_INCIDENT}) while 2 items from Message Bus Down (2023-03-27) were still open`,
    ]);
  });

  it("reports the last meeting's decisions from its events", () => {
    const { meeting, decisions } = section(full, 'meeting');
    expect(meeting?.title).toBe('Weekly review');
    expect(decisions.closed.map((decision) => [decision.itemTitle, decision.from, decision.to])).toEqual([['Reduce pub/sub topics', 'Open', "Won't do"]]);
    expect(decisions.reOwned.map((decision) => [decision.from, decision.to])).toEqual([['Unassigned', 'Bo']]);
    expect(decisions.reDated.map((decision) => [decision.from, decision.to])).toEqual([['2024-04-20', '2024-04-30']]);
    expect(decisions.escalated.map((decision) => [decision.from, decision.to])).toEqual([['P2', 'P0']]);
    expect(decisions.notes.map((decision) => decision.to)).toEqual(['Waiting on | vendor, "soon"\nnext week']);
    expect(decisions.statusChanged).toEqual([]);
  });

  it('narrows everything to the scope', () => {
    const scoped = buildReport(knownDatabase(), { period: { kind: 'since-last' }, scope: { kind: 'theme', value: 'relay-loop-prevention' }, sections: ['summary', 'meeting'] }, NOW);
    expect(scoped.scopeLabel).toBe('Theme: Relay & routing loops');
    expect(section(scoped, 'summary').figures.find((figure) => figure.id === 'items')!.text).toBe('2');
    // The won't-do decision was on a capacity item: out of scope.
    expect(section(scoped, 'meeting').decisions.closed).toEqual([]);
    expect(itemsInScope(knownDatabase(), { kind: 'theme', value: 'relay-loop-prevention' }).map((row) => row.title)).toEqual([QUOTED_TITLE, FORMULA_TITLE]);
  });
});

describe('report periods', () => {
  it('resolves a finished quarter, a running quarter and a start date', () => {
    expect(resolvePeriod({ kind: 'quarter', year: 2024, quarter: 1 }, null, NOW)).toEqual({
      label: 'Q1 2024 (2024-01-01 to 2024-03-31)',
      from: '2024-01-01T00:00:00.000Z',
      to: '2024-03-31T23:59:59.999Z',
    });
    expect(resolvePeriod({ kind: 'quarter', year: 2024, quarter: 2 }, null, NOW).label).toBe('Q2 2024 (2024-04-01 to 2024-04-15, in progress)');
    expect(resolvePeriod({ kind: 'since-date', from: '2024-02-01' }, null, NOW).from).toBe('2024-02-01T00:00:00.000Z');
    expect(resolvePeriod({ kind: 'since-last' }, null, NOW)).toMatchObject({ from: null, label: 'Since the beginning (no earlier report)' });
  });

  it('counts completions within a past quarter and picks the meeting held by its end', () => {
    const q1 = buildReport(knownDatabase(), { period: { kind: 'quarter', year: 2024, quarter: 1 }, scope: { kind: 'all' }, sections: ['summary', 'meeting', 'charts'] }, NOW);
    const figures = Object.fromEntries(section(q1, 'summary').figures.map((figure) => [figure.id, figure.text]));
    expect(figures.completedInPeriod).toBe('0');
    expect(figures.addedInPeriod).toBe('2'); // i3 and i4 on 2024-03-09
    expect(section(q1, 'meeting').meeting?.title).toBe('Review, March');
    expect(section(q1, 'charts').burnUp.points.at(-1)).toMatchObject({ label: '2024-03', created: 4, completed: 0 });
  });
});
