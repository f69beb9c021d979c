import { describe, expect, it } from 'vitest';
import { buildStatusHistories, doneSince, statusAt } from '../../../../shared/insights';
import { created, item, statusChange } from './builders';

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
