import { describe, expect, it } from 'vitest';
import { buildBurnUp, buildStatusHistories, chooseInterval } from '../../../../shared/insights';
import { created, item, statusChange } from './builders';

describe('burn-up from events', () => {
  // Weeks start on Monday: 2024-01-01, 01-08, 01-15, 01-22.
  const items = [item('a', { status: 'done' }), item('b', { status: 'open' }), item('c', { status: 'done' })];
  const events = [
    created('a', '2024-01-02T10:00:00Z'),
    created('b', '2024-01-03T10:00:00Z'),
    statusChange('a', '2024-01-09T10:00:00Z', 'open', 'done'),
    statusChange('b', '2024-01-10T10:00:00Z', 'open', 'done'),
    // b reopened: it stops counting as completed.
    statusChange('b', '2024-01-16T10:00:00Z', 'done', 'open'),
    // c imported as already done.
    created('c', '2024-01-17T10:00:00Z'),
  ];
  const histories = buildStatusHistories(items, events);
  const until = Date.parse('2024-01-24T12:00:00Z');

  it('accumulates created and completed per week', () => {
    // c has no status events, so it was created with its current status, done.
    expect(buildBurnUp(histories, [0, 1, 2], until, 'week')).toEqual({
      interval: 'week',
      points: [
        { start: '2024-01-01', label: '2024-01-01', created: 2, completed: 0 },
        { start: '2024-01-08', label: '2024-01-08', created: 2, completed: 2 },
        { start: '2024-01-15', label: '2024-01-15', created: 3, completed: 2 },
        { start: '2024-01-22', label: '2024-01-22', created: 3, completed: 2 },
      ],
    });
  });

  it('aggregates by month and leaves out events after the end', () => {
    const burnUp = buildBurnUp(histories, [0, 1, 2], Date.parse('2024-01-12T00:00:00Z'), 'month');
    expect(burnUp.points).toEqual([{ start: '2024-01-01', label: '2024-01', created: 2, completed: 2 }]);
  });

  it('counts only the items asked for, skipping those without a history', () => {
    const burnUp = buildBurnUp(histories, [1, -1], until, 'week');
    expect(burnUp.points.map((point) => [point.created, point.completed])).toEqual([[1, 0], [1, 1], [1, 0], [1, 0]]);
  });

  it('picks weeks for half a year or less, months beyond', () => {
    expect(chooseInterval(Date.parse('2024-01-01'), Date.parse('2024-06-01'))).toBe('week');
    expect(chooseInterval(Date.parse('2024-01-01'), Date.parse('2024-09-01'))).toBe('month');
  });

  it('has no points without items', () => {
    expect(buildBurnUp(histories, [], until).points).toEqual([]);
  });
});
