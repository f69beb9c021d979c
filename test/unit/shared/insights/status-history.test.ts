import { describe, expect, it } from 'vitest';
import { buildStatusHistories, doneSince, historyLookup, statusAt } from '../../../../shared/insights';
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
    const a = histories.get('a')!;
    expect(statusAt(a, t('2024-01-09T00:00:00Z'))).toBeNull();
    expect(statusAt(a, t('2024-01-10T00:00:00Z'))).toBe('open');
    expect(statusAt(a, t('2024-02-15T00:00:00Z'))).toBe('in_progress');
    expect(statusAt(a, t('2024-03-01T00:00:00Z'))).toBe('done');
    expect(doneSince(a, t('2024-04-01T00:00:00Z'))).toBe(t('2024-03-01T00:00:00Z'));
    expect(doneSince(a, t('2024-02-01T00:00:00Z'))).toBeNull();
  });

  it('falls back to the item record when it has no events, and ignores events of unknown items', () => {
    const b = histories.get('b')!;
    expect(b).toEqual({ createdAt: t('2024-02-01T00:00:00Z'), initialStatus: 'in_progress', changes: [] });
    expect(histories.has('ghost')).toBe(false);
  });
});

describe('items imported from a postmortem', () => {
  it('count as promised from the date the postmortem was published, not the import date', () => {
    const published = incident('inc', { publishedAt: '2023-03-29T07:07:00Z' });
    const imported = item('x', { incidentId: 'inc', status: 'done', createdAt: '2026-11-23T10:00:00Z' });
    const events = [created('x', '2026-11-23T10:00:00Z'), statusChange('x', '2026-11-23T11:00:00Z', 'open', 'done')];
    const history = buildStatusHistories([imported], events, [published]).get('x')!;
    expect(statusAt(history, t('2024-01-01T00:00:00Z'))).toBe('open');
    expect(statusAt(history, t('2023-03-01T00:00:00Z'))).toBeNull();
  });

  it('keep their own creation time when it is the earlier one', () => {
    const later = incident('inc', { publishedAt: '2025-01-01T00:00:00Z' });
    const early = item('y', { incidentId: 'inc', createdAt: '2024-06-01T00:00:00Z' });
    const history = buildStatusHistories([early], [], [later]).get('y')!;
    expect(history.createdAt).toBe(t('2024-06-01T00:00:00Z'));
  });
});

describe('looking histories up by item id', () => {
  const items = ['a', 'b', 'c', 'd'].map((id, index) => item(id, { createdAt: `2024-01-0${index + 1}T00:00:00Z` }));
  const histories = buildStatusHistories(items, []);
  const createdDays = (ids: string[]): (string | undefined)[] => {
    const historyOf = historyLookup(histories);
    return ids.map((id) => {
      const history = historyOf(id);
      return history && new Date(history.createdAt).toISOString().slice(8, 10);
    });
  };

  it('finds each item asked in the order the histories were built', () => {
    expect(createdDays(['a', 'b', 'c', 'd'])).toEqual(['01', '02', '03', '04']);
  });

  it('finds them in any other order, with gaps and unknown ids', () => {
    expect(createdDays(['a', 'c', 'b', 'ghost', 'd', 'a'])).toEqual(['01', '03', '02', undefined, '04', '01']);
  });
});
