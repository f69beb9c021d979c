import { describe, expect, it } from 'vitest';
import { buildRecurrence, chooseRecurrenceInterval, completionByTheme, indexIncidents } from '../../../../shared/insights';
import { incident, item, theme } from './builders';

describe('recurring failure themes', () => {
  const a = incident('a', { title: 'A', startedAt: '2024-01-05T00:00:00Z', failureThemes: ['relay-loop', 'memory-leak'] });
  const b = incident('b', { title: 'B', startedAt: '2024-01-20T00:00:00Z', failureThemes: ['relay-loop'] });
  const c = incident('c', { title: 'C', startedAt: '2024-03-02T00:00:00Z', failureThemes: ['relay-loop'] });
  const items = [
    item('i1', { incidentId: 'a', themes: ['relay-loop-prevention'] }),
    item('i2', { incidentId: 'b', themes: ['other'] }),
    item('i3', { incidentId: 'a', themes: ['memory-leak'], status: 'done' }),
    item('i4', { themes: ['memory-leak'] }),
  ];
  const incidents = [c, a, b];
  const matrix = buildRecurrence(incidents, items, indexIncidents(incidents), [theme('relay-loop', 'Relay loop', 'failure', '#aa0000')]);

  it('builds a theme × month matrix, most frequent theme first', () => {
    expect(matrix.interval).toBe('month');
    expect(matrix.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    const [relay, memory] = matrix.themes;
    expect(relay).toMatchObject({ id: 'relay-loop', label: 'Relay loop', colour: '#aa0000', incidentCount: 3, recurring: true });
    expect(relay!.cells.map((cell) => [cell.period, cell.incidents.map((ref) => ref.title)])).toEqual([
      ['2024-01', ['A', 'B']],
      ['2024-03', ['C']],
    ]);
    expect(memory).toMatchObject({ id: 'memory-leak', label: 'Memory leak', incidentCount: 1, recurring: false });
  });

  it('counts quarters, then years, when months would make more than two dozen columns', () => {
    expect([24, 25, 72, 73].map(chooseRecurrenceInterval)).toEqual(['month', 'quarter', 'quarter', 'year']);
    const early = incident('e', { title: 'E', startedAt: '2022-02-10T00:00:00Z', failureThemes: ['relay-loop'] });
    const long = buildRecurrence([early, a, c], [], indexIncidents([early, a, c]), []);
    // Feb 2022 to Mar 2024 is 26 months: quarters, from Q1 2022 to Q1 2024.
    expect(long.interval).toBe('quarter');
    expect(long.periods).toEqual(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1']);
    expect(long.themes[0]!.cells.map((cell) => [cell.period, cell.incidents.map((ref) => ref.title)])).toEqual([
      ['2022-Q1', ['E']],
      ['2024-Q1', ['A', 'C']],
    ]);
    const decade = incident('d', { title: 'D', startedAt: '2014-12-31T00:00:00Z', failureThemes: ['relay-loop'] });
    expect(buildRecurrence([decade, a], [], indexIncidents([decade, a]), []).periods).toEqual(
      ['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'],
    );
  });

  it('counts unfinished items that address each theme', () => {
    expect(matrix.themes.map((row) => [row.id, row.unfinishedItemCount])).toEqual([
      ['relay-loop', 2],
      ['memory-leak', 1],
    ]);
  });
});

describe('completion by remediation theme', () => {
  it('counts each status per theme, in taxonomy order, themeless items under other', () => {
    const themes = [theme('validation', 'Validation & testing', 'remediation'), theme('canary', 'Canaries', 'remediation')];
    const rows = completionByTheme(
      [
        item('1', { themes: ['canary', 'validation'], status: 'done' }),
        item('2', { themes: ['canary'], status: 'blocked' }),
        item('3', { themes: ['canary'], status: 'wont_do' }),
        item('4', { themes: [] }),
        item('5', { themes: ['zeta'] }),
      ],
      themes,
    );
    expect(rows.map((row) => [row.id, row.total, row.counts.done, row.counts.blocked, row.completionRate])).toEqual([
      ['validation', 1, 1, 0, 1],
      ['canary', 3, 1, 1, 0.5],
      ['other', 1, 0, 0, 0],
      ['zeta', 1, 0, 0, 0],
    ]);
  });
});
