import { describe, expect, it } from 'vitest';
import type { MeetingScope } from '../../../../shared/model';
import { addDays, describeScope, selectReviewItems, UNASSIGNED_OWNER } from '../../../../renderer/features/review/review-scope';
import { incident, item } from './fixtures';

const TODAY = '2024-06-10';
const incidents = new Map([
  ['old', incident({ id: 'old', startedAt: '2024-01-05T00:00:00Z' })],
  ['new', incident({ id: 'new', startedAt: '2024-05-05T00:00:00Z' })],
]);
const items = [
  item({ id: 'a', dueDate: '2024-06-01', priority: 'P2', owner: 'Ana', incidentId: 'old', createdAt: '2024-01-06T00:00:00Z' }),
  item({ id: 'b', dueDate: '2024-06-20', priority: 'P0', incidentId: 'new', themes: ['alerting'], createdAt: '2024-05-06T00:00:00Z' }),
  item({ id: 'c', dueDate: null, priority: 'P1', owner: 'Ana', incidentId: 'new', createdAt: '2024-05-07T00:00:00Z' }),
  item({ id: 'd', dueDate: '2024-07-30', priority: null, incidentId: 'old', status: 'blocked', createdAt: '2024-01-07T00:00:00Z' }),
  item({ id: 'done', dueDate: '2024-05-01', status: 'done', owner: 'Ana', incidentId: 'old' }),
  item({ id: 'dropped', status: 'wont_do', wontDoReason: 'No longer relevant' }),
];

const ids = (scope: Omit<MeetingScope, 'order'>, order: MeetingScope['order'] = 'due') =>
  selectReviewItems(items, incidents, { ...scope, order }, TODAY).map((selected) => selected.id);

describe('selectReviewItems', () => {
  it('covers every unfinished item, never the done or dropped ones', () => {
    expect(ids({ kind: 'all-open', value: null })).toEqual(['a', 'b', 'd', 'c']);
  });

  it('narrows to overdue items, due within N days (overdue included), an incident, a theme or an owner', () => {
    expect(ids({ kind: 'overdue', value: null })).toEqual(['a']);
    expect(ids({ kind: 'due-within', value: '14' })).toEqual(['a', 'b']);
    expect(ids({ kind: 'due-within', value: '5' })).toEqual(['a']);
    expect(ids({ kind: 'incident', value: 'old' })).toEqual(['a', 'd']);
    expect(ids({ kind: 'theme', value: 'alerting' })).toEqual(['b']);
    expect(ids({ kind: 'owner', value: 'Ana' })).toEqual(['a', 'c']);
    expect(ids({ kind: 'owner', value: UNASSIGNED_OWNER })).toEqual(['b', 'd']);
  });

  it('orders by due date, priority, incident or age, with missing values last', () => {
    expect(ids({ kind: 'all-open', value: null }, 'priority')).toEqual(['b', 'c', 'a', 'd']);
    expect(ids({ kind: 'all-open', value: null }, 'incident')).toEqual(['b', 'c', 'a', 'd']);
    expect(ids({ kind: 'all-open', value: null }, 'age')).toEqual(['a', 'd', 'b', 'c']);
  });
});

describe('describeScope', () => {
  it('names the scope in words', () => {
    expect(describeScope({ kind: 'due-within', value: '7', order: 'due' })).toBe('Due within 7 days');
    expect(describeScope({ kind: 'incident', value: 'old', order: 'due' }, { incident: 'Database outage' })).toBe(
      'Incident: Database outage',
    );
    expect(describeScope({ kind: 'owner', value: UNASSIGNED_OWNER, order: 'due' })).toBe('Owner: Unassigned');
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2024-12-25', 7)).toBe('2025-01-01');
  });
});
