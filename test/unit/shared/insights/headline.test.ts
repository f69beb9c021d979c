import { describe, expect, it } from 'vitest';
import { ageingHistogram, computeHeadline, loadByOwner } from '../../../../shared/insights';
import { item } from './builders';

const today = '2024-03-31';
const items = [
  item('a', { status: 'open', dueDate: '2024-03-30', owner: 'Ana' }), // 1 day overdue
  item('b', { status: 'in_progress', dueDate: '2024-02-20', owner: 'Ana' }), // 40 days overdue
  item('c', { status: 'blocked', dueDate: '2024-03-31', owner: 'Bo' }), // due today: not overdue
  item('d', { status: 'done', dueDate: '2024-01-01', createdAt: '2024-01-01T00:00:00Z', closedAt: '2024-01-11T00:00:00Z' }),
  item('e', { status: 'done', createdAt: '2024-01-01T00:00:00Z', closedAt: '2024-01-31T00:00:00Z' }),
  item('f', { status: 'wont_do', dueDate: '2023-01-01' }),
  item('g', { status: 'proposed', createdAt: '2024-03-30T00:00:00Z' }),
];

describe('headline figures', () => {
  it('counts statuses, overdue and long overdue items', () => {
    const headline = computeHeadline(items, today);
    expect(headline.total).toBe(7);
    expect(headline.byStatus).toEqual({ proposed: 1, open: 1, in_progress: 1, blocked: 1, done: 2, wont_do: 1 });
    expect(headline.unfinished).toBe(4);
    expect(headline.notStarted).toBe(2);
    expect(headline.overdue).toBe(2);
    expect(headline.longOverdue).toBe(1);
    // done 2 of the 6 items that are not won't do.
    expect(headline.completionRate).toBeCloseTo(2 / 6);
    // 10 and 30 days to close.
    expect(headline.medianDaysToClose).toBe(20);
  });

  it('has no rate or median without items', () => {
    const headline = computeHeadline([], today);
    expect(headline.completionRate).toBeNull();
    expect(headline.medianDaysToClose).toBeNull();
  });
});

describe('items by owner', () => {
  it('counts unfinished and overdue per owner, most overdue first', () => {
    expect(loadByOwner(items, today)).toEqual([
      { owner: 'Ana', unfinished: 2, overdue: 2, others: 0 },
      { owner: null, unfinished: 1, overdue: 0, others: 0 },
      { owner: 'Bo', unfinished: 1, overdue: 0, others: 0 },
    ]);
  });

  it('folds the long tail into one row', () => {
    const many = ['p', 'q', 'r', 's'].map((owner, index) => item(owner, { owner, status: 'open', dueDate: index < 2 ? '2024-01-01' : null }));
    expect(loadByOwner(many, today, 3)).toEqual([
      { owner: 'p', unfinished: 1, overdue: 1, others: 0 },
      { owner: 'q', unfinished: 1, overdue: 1, others: 0 },
      { owner: null, unfinished: 2, overdue: 0, others: 2 },
    ]);
  });
});

describe('ageing histogram', () => {
  it('buckets unfinished items by days since creation', () => {
    const now = new Date('2024-03-31T00:00:00Z');
    const aged = [
      item('new', { createdAt: '2024-03-31T00:00:00Z' }),
      item('week', { createdAt: '2024-03-24T00:00:00Z' }), // 7 days
      item('eight', { createdAt: '2024-03-23T00:00:00Z' }), // 8 days
      item('old', { createdAt: '2022-01-01T00:00:00Z' }),
      item('closed', { status: 'done', createdAt: '2022-01-01T00:00:00Z' }),
    ];
    expect(ageingHistogram(aged, now).map((bucket) => [bucket.label, bucket.count])).toEqual([
      ['0–7 days', 2],
      ['8–30 days', 1],
      ['31–90 days', 0],
      ['91–180 days', 0],
      ['181–365 days', 0],
      ['Over a year', 1],
    ]);
  });
});
