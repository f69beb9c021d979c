import { describe, expect, it } from 'vitest';
import { applyFilters, buildDashboard, repeatRiskEntries, type DashboardInput } from '../../../../shared/insights';
import { created, incident, item, statusChange, theme } from './builders';

const input: DashboardInput = {
  incidents: [
    incident('a', { title: 'Message Bus Down', startedAt: '2023-03-27T04:51:00Z', failureThemes: ['dependency-failure'] }),
    incident('b', { title: 'Relay outage', organization: 'Acme', startedAt: '2024-03-08T05:10:00Z', failureThemes: ['relay-loop'] }),
    incident('c', { title: 'Bus down again', startedAt: '2024-04-01T00:00:00Z', failureThemes: ['dependency-failure'] }),
  ],
  items: [
    item('a1', { incidentId: 'a', themes: ['dependency-isolation'], createdAt: '2023-03-29T00:00:00Z' }),
    item('a2', { incidentId: 'a', themes: ['validation'], status: 'done', createdAt: '2023-03-29T00:00:00Z', closedAt: '2023-04-08T00:00:00Z' }),
    item('b1', { incidentId: 'b', themes: ['monitoring'], createdAt: '2024-03-09T00:00:00Z', dueDate: '2024-03-20' }),
    item('h', { themes: ['relay-loop-prevention'], createdAt: '2024-02-01T00:00:00Z' }),
  ],
  events: [
    created('a1', '2023-03-29T00:00:00Z'),
    created('a2', '2023-03-29T00:00:00Z'),
    statusChange('a2', '2023-04-08T00:00:00Z', 'open', 'done'),
    created('b1', '2024-03-09T00:00:00Z'),
    created('h', '2024-02-01T00:00:00Z'),
  ],
  themes: [theme('relay-loop', 'Relay loop', 'failure'), theme('validation', 'Validation & testing', 'remediation')],
};

const ids = (records: readonly { id: string }[]): string[] => records.map((record) => record.id);

describe('dashboard filters', () => {
  it('keeps an organization’s incidents and their items, not hand-made items', () => {
    const { incidents, items } = applyFilters(input, { organization: 'LiveKit' });
    expect(ids(incidents)).toEqual(['a', 'c']);
    expect(ids(items)).toEqual(['a1', 'a2']);
  });

  it('selects by the incident’s date, or a hand-made item’s creation date', () => {
    const { incidents, items, itemPositions } = applyFilters(input, { from: '2024-01-01', to: '2024-03-31' });
    expect(ids(incidents)).toEqual(['b']);
    expect(ids(items)).toEqual(['b1', 'h']);
    expect([...itemPositions]).toEqual([2, 3]);
  });

  it('a failure theme keeps its incidents, their items and items that address it', () => {
    const { incidents, items } = applyFilters(input, { themeId: 'relay-loop' });
    expect(ids(incidents)).toEqual(['b']);
    expect(ids(items)).toEqual(['b1', 'h']);
  });

  it('a remediation theme keeps the items carrying it and their incidents', () => {
    const { incidents, items } = applyFilters(input, { themeId: 'validation' });
    expect(ids(incidents)).toEqual(['a']);
    expect(ids(items)).toEqual(['a2']);
  });
});

describe('buildDashboard', () => {
  const now = new Date('2024-04-15T12:00:00Z');

  it('computes every view from the same filtered items', () => {
    const dashboard = buildDashboard(input, {}, now);
    expect(dashboard.today).toBe('2024-04-15');
    expect(dashboard.incidentCount).toBe(3);
    expect(dashboard.headline).toMatchObject({ total: 4, unfinished: 3, overdue: 1, longOverdue: 0, medianDaysToClose: 10 });
    expect(dashboard.burnUp.interval).toBe('month');
    expect(dashboard.burnUp.points.at(-1)).toMatchObject({ label: '2024-04', created: 4, completed: 1 });
    expect(dashboard.owners).toEqual([
      { owner: null, unfinished: 3, overdue: 1, others: 0 },
    ]);
    expect(repeatRiskEntries(dashboard.repeatRisk).map((entry) => entry.explanation)).toEqual([
      'Dependency failure came back on 2024-04-01 (Bus down again) while 1 item from Message Bus Down (2023-03-27) was still open',
    ]);
  });

  it('narrows every view with the filters', () => {
    const dashboard = buildDashboard(input, { organization: 'Acme' }, now, { interval: 'week' });
    expect(dashboard.headline.total).toBe(1);
    expect(dashboard.owners).toEqual([{ owner: null, unfinished: 1, overdue: 1, others: 0 }]);
    expect(dashboard.completionByTheme.map((row) => row.id)).toEqual(['monitoring']);
    expect(dashboard.recurrence.themes.map((row) => row.id)).toEqual(['relay-loop']);
    expect(dashboard.repeatRisk.hits).toEqual([]);
    // Created Saturday 2024-03-09, in the week of Monday 03-04; now is Monday 04-15: seven weeks.
    expect(dashboard.burnUp.points.map((point) => point.label)).toEqual(['2024-03-04', '2024-03-11', '2024-03-18', '2024-03-25', '2024-04-01', '2024-04-08', '2024-04-15']);
    expect(dashboard.burnUp.points.every((point) => point.created === 1 && point.completed === 0)).toBe(true);
  });
});

describe('the day that decides what is overdue', () => {
  it('is the user’s calendar day when given, so the dashboard and the items table agree near midnight', () => {
    // 23:30 UTC on 20 March is already 21 March east of UTC: b1, due on the 20th, is late there.
    const now = new Date('2024-03-20T23:30:00Z');
    expect(buildDashboard(input, {}, now).headline.overdue).toBe(0);
    expect(buildDashboard(input, {}, now, { today: '2024-03-21' }).headline.overdue).toBe(1);
    expect(buildDashboard(input, {}, now, { today: '2024-03-21' }).today).toBe('2024-03-21');
  });
});
