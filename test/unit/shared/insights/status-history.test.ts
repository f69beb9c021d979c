import { describe, expect, it } from 'vitest';
import { buildStatusHistories, doneSince, historyIndex, historyIndices, statusAt, type StatusHistories } from '../../../../shared/insights';
import { created, incident, item, statusChange } from './builders';

const t = (iso: string): number => Date.parse(iso);

describe('status history from events', () => {
  const items = [item('a', { status: 'done' }), item('b', { status: 'in_progress', createdAt: '2024-02-01T00:00:00Z' })];
  const events = [
    // Out of order on purpose: histories sort by time.
    statusChange('a', '2024-03-01T00:00:00Z', 'in_progress', 'done'),
    created('a', '2024-01-10T00:00:00Z'),
    statusChange('a', '2024-02-01T00:00:00Z', 'open', 'in_progress'),
    statusChange('ghost', '2024-02-01T00:00:00Z', 'open', 'done'),
  ];
  const histories = buildStatusHistories(items, events);

  it('replays status changes over time', () => {
    const a = historyIndex(histories, 'a')!;
    expect(statusAt(histories, a, t('2024-01-09T00:00:00Z'))).toBeNull();
    expect(statusAt(histories, a, t('2024-01-10T00:00:00Z'))).toBe('open');
    expect(statusAt(histories, a, t('2024-02-15T00:00:00Z'))).toBe('in_progress');
    expect(statusAt(histories, a, t('2024-03-01T00:00:00Z'))).toBe('done');
    expect(doneSince(histories, a, t('2024-04-01T00:00:00Z'))).toBe(t('2024-03-01T00:00:00Z'));
    expect(doneSince(histories, a, t('2024-02-01T00:00:00Z'))).toBeNull();
  });

  it('keeps the changes in time order', () => {
    const a = historyIndex(histories, 'a')!;
    const { changeOffsets, changeAt } = histories;
    expect([...changeAt.subarray(changeOffsets[a], changeOffsets[a + 1])]).toEqual([t('2024-02-01T00:00:00Z'), t('2024-03-01T00:00:00Z')]);
  });

  it('falls back to the item record when it has no events, and ignores events of unknown items', () => {
    const b = historyIndex(histories, 'b')!;
    expect(histories.createdAt[b]).toBe(t('2024-02-01T00:00:00Z'));
    expect(statusAt(histories, b, t('2024-02-01T00:00:00Z'))).toBe('in_progress');
    expect(histories.changeOffsets[b + 1]! - histories.changeOffsets[b]!).toBe(0);
    expect(historyIndex(histories, 'ghost')).toBeUndefined();
  });
});

describe('items imported from a postmortem', () => {
  it('count as promised from the date the postmortem was published, not the import date', () => {
    const published = incident('inc', { publishedAt: '2023-03-29T07:07:00Z' });
    const imported = item('x', { incidentId: 'inc', status: 'done', createdAt: '2026-11-23T10:00:00Z' });
    const events = [created('x', '2026-11-23T10:00:00Z'), statusChange('x', '2026-11-23T11:00:00Z', 'open', 'done')];
    const histories = buildStatusHistories([imported], events, [published]);
    expect(statusAt(histories, 0, t('2024-01-01T00:00:00Z'))).toBe('open');
    expect(statusAt(histories, 0, t('2023-03-01T00:00:00Z'))).toBeNull();
  });

  it('keep their own creation time when it is the earlier one', () => {
    const later = incident('inc', { publishedAt: '2025-01-01T00:00:00Z' });
    const early = item('y', { incidentId: 'inc', createdAt: '2024-06-01T00:00:00Z' });
    expect(buildStatusHistories([early], [], [later]).createdAt[0]).toBe(t('2024-06-01T00:00:00Z'));
  });
});

describe('looking histories up by item id', () => {
  const items = ['a', 'b', 'c', 'd'].map((id, index) => item(id, { createdAt: `2024-01-0${index + 1}T00:00:00Z` }));
  const histories: StatusHistories = buildStatusHistories(items, []);
  const createdDays = (ids: string[]): (string | undefined)[] =>
    ids.map((id, position) => {
      const index = historyIndex(histories, id, position);
      return index === undefined ? undefined : new Date(histories.createdAt[index]!).toISOString().slice(8, 10);
    });

  it('finds each item at its position when asked in the order the histories were built', () => {
    expect(createdDays(['a', 'b', 'c', 'd'])).toEqual(['01', '02', '03', '04']);
  });

  it('finds them by id in any other order, with gaps and unknown ids', () => {
    expect(createdDays(['a', 'c', 'b', 'ghost', 'd', 'a'])).toEqual(['01', '03', '02', undefined, '04', '01']);
  });

  it('maps the items at given positions of an array to their histories, -1 for those without', () => {
    const others = [items[2]!, item('ghost'), items[0]!];
    expect([...historyIndices(histories, items, Int32Array.of(3, 1))]).toEqual([3, 1]);
    expect([...historyIndices(histories, others, Int32Array.of(0, 1, 2))]).toEqual([2, -1, 0]);
  });
});

describe('matching events to items', () => {
  // Sorted by id, as the tracker returns items; 'b2' has no events, 'zz' is not an item.
  const items = ['a1', 'b2', 'c3', 'd4'].map((id) => item(id, { status: 'open' }));
  const events = [
    created('a1', '2024-01-01T00:00:00Z'),
    statusChange('a1', '2024-01-05T00:00:00Z', 'open', 'done'),
    statusChange('aa', '2024-01-03T00:00:00Z', 'open', 'blocked'),
    created('c3', '2024-01-02T00:00:00Z'),
    statusChange('c3', '2024-01-04T00:00:00Z', 'open', 'blocked'),
    created('d4', '2024-01-03T00:00:00Z'),
    statusChange('zz', '2024-01-03T00:00:00Z', 'open', 'done'),
  ];
  const at = t('2024-01-06T00:00:00Z');
  const statuses = (histories: StatusHistories): (string | null)[] => items.map((record) => statusAt(histories, historyIndex(histories, record.id)!, at));
  const createdTimes = (histories: StatusHistories): number[] => items.map((record) => histories.createdAt[historyIndex(histories, record.id)!]!);

  it('gives the same histories whether items and events come sorted by item id or in any order', () => {
    const sorted = buildStatusHistories(items, events);
    expect(statuses(sorted)).toEqual(['done', 'open', 'blocked', 'open']);
    expect(createdTimes(sorted)).toEqual([t('2024-01-01T00:00:00Z'), t('2024-01-01T00:00:00Z'), t('2024-01-02T00:00:00Z'), t('2024-01-03T00:00:00Z')]);
    for (const other of [buildStatusHistories(items, [...events].reverse()), buildStatusHistories([...items].reverse(), events)]) {
      expect(statuses(other)).toEqual(statuses(sorted));
      expect(createdTimes(other)).toEqual(createdTimes(sorted));
    }
  });

  it('still finds the items of events that come out of order after sorted ones', () => {
    const late = [...events, statusChange('b2', '2024-01-05T00:00:00Z', 'open', 'in_progress')];
    expect(statuses(buildStatusHistories(items, late))).toEqual(['done', 'in_progress', 'blocked', 'open']);
  });
});
