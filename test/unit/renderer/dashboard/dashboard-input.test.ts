import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAllEventsByItem, loadAllItems } from '../../../../renderer/db';
import { buildStatusHistories, historyIndex, statusAt } from '../../../../shared/insights';
import { resetDatabase } from '../db/builders';
import { NOW, seedTracker } from './seed';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  await resetDatabase();
});

afterEach(() => {
  vi.useRealTimers();
});

const ascending = (ids: string[]): boolean => ids.every((id, index) => index === 0 || ids[index - 1]! <= id);

describe('what the dashboard reads from the tracker', () => {
  it('gets items in id order and their events grouped in the same order, so the replay can walk both together', async () => {
    await seedTracker();
    const [items, events] = await Promise.all([loadAllItems(), loadAllEventsByItem()]);
    expect(events.length).toBeGreaterThan(items.length);
    expect(ascending(items.map((item) => item.id))).toBe(true);
    expect(ascending(events.map((event) => event.itemId))).toBe(true);
    // The walk and the lookup by id agree on every item's status now.
    const walked = buildStatusHistories(items, events);
    const looked = buildStatusHistories([...items].reverse(), events);
    for (const item of items) {
      expect(statusAt(walked, historyIndex(walked, item.id)!, NOW.getTime())).toBe(item.status);
      expect(statusAt(looked, historyIndex(looked, item.id)!, NOW.getTime())).toBe(item.status);
    }
  });
});
