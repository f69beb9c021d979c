import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createItem, db, deleteItems, loadAllItems, loadStatusChanges, undo, updateItem } from '../../../../renderer/db';
import { loadDashboardInput } from '../../../../renderer/features/dashboard/use-dashboard';
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

const ascending = (values: string[]): boolean => values.every((value, index) => index === 0 || values[index - 1]! <= value);

/** The seeded history plus a hand-made item, an edit of another field, and a deletion undone a day later. */
async function seedWithEveryKindOfEvent(): Promise<void> {
  const { january } = await seedTracker();
  vi.setSystemTime(new Date('2024-04-01T09:00:00Z'));
  const handMade = await createItem({ title: 'Write the runbook', kind: 'process', status: 'in_progress' });
  await updateItem(handMade.id, { notes: 'Draft shared' });
  await updateItem(handMade.id, { status: 'done' });
  const [imported] = await db.items.where('incidentId').equals(january).sortBy('title');
  vi.setSystemTime(new Date('2024-04-02T09:00:00Z'));
  await deleteItems([imported!.id]);
  vi.setSystemTime(new Date('2024-04-03T09:00:00Z'));
  await undo();
  vi.setSystemTime(NOW);
}

describe('what the dashboard reads from the tracker', () => {
  it('reads the status changes alone, grouped by item in the items’ order and in time order within an item', async () => {
    await seedWithEveryKindOfEvent();
    const [items, changes, events] = await Promise.all([loadAllItems(), loadStatusChanges(), db.events.toArray()]);
    const expected = events.filter((event) => event.type === 'changed' && event.field === 'status');
    expect(changes.length).toBe(expected.length);
    expect(changes.map((change) => change.id).sort()).toEqual(expected.map((event) => event.id).sort());
    expect(events.length).toBeGreaterThan(changes.length + items.length);
    expect(ascending(items.map((item) => item.id))).toBe(true);
    expect(ascending(changes.map((change) => `${change.itemId} ${change.at}`))).toBe(true);
  });

  it('builds the same histories as a replay of every event: creations add nothing the items do not carry', async () => {
    await seedWithEveryKindOfEvent();
    const input = await loadDashboardInput();
    const allEvents = await db.events.toArray();
    const fromStatusChanges = buildStatusHistories(input.items, input.events, input.incidents);
    expect(fromStatusChanges).toEqual(buildStatusHistories(input.items, allEvents, input.incidents));
    for (const item of input.items) {
      expect(statusAt(fromStatusChanges, historyIndex(fromStatusChanges, item.id)!, NOW.getTime())).toBe(item.status);
    }
  });

  it('walks the items and changes together or looks each change up by id, with the same result', async () => {
    await seedTracker();
    const { items, events } = await loadDashboardInput();
    const walked = buildStatusHistories(items, events);
    const looked = buildStatusHistories([...items].reverse(), events);
    for (const item of items) {
      expect(statusAt(walked, historyIndex(walked, item.id)!, NOW.getTime())).toBe(item.status);
      expect(statusAt(looked, historyIndex(looked, item.id)!, NOW.getTime())).toBe(item.status);
    }
  });
});
