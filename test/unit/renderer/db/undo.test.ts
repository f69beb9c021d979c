import { beforeEach, describe, expect, it } from 'vitest';
import {
  bulkUpdateItems,
  createItem,
  db,
  deleteItems,
  eventsForItem,
  getUndoState,
  redo,
  undo,
  UNDO_LIMIT,
  updateItem,
} from '../../../../renderer/db';
import type { ActionItem } from '../../../../shared/model';
import { resetDatabase } from './builders';

beforeEach(resetDatabase);

describe('undo and redo', () => {
  it('reverts and re-applies a change, recording both as events', async () => {
    const item = await createItem({ title: 'A', kind: 'detect' });
    await updateItem(item.id, { status: 'done', owner: 'Lee' });
    expect(await getUndoState()).toEqual({ undo: 'Edit', redo: null });

    expect(await undo()).toBe('Edit');
    expect(await db.items.get(item.id)).toMatchObject({ status: 'open', owner: null, closedAt: null });
    expect(await getUndoState()).toEqual({ undo: 'Add item', redo: 'Edit' });

    expect(await redo()).toBe('Edit');
    expect(await db.items.get(item.id)).toMatchObject({ status: 'done', owner: 'Lee' });
    const statusEvents = (await eventsForItem(item.id)).filter((event) => event.field === 'status');
    expect(statusEvents.map((event) => [event.from, event.to])).toEqual([
      ['open', 'done'],
      ['done', 'open'],
      ['open', 'done'],
    ]);
  });

  it('undoes a bulk change as one step', async () => {
    const items = await Promise.all(['A', 'B', 'C'].map((title) => createItem({ title, kind: 'detect' })));
    await bulkUpdateItems(
      items.map((item) => item.id),
      { priority: 'P0' },
    );
    expect(await undo()).toBe('Change priority of 3 items');
    expect((await db.items.toArray()).every((item) => item.priority === null)).toBe(true);
  });

  it('undoes creating and deleting an item', async () => {
    const item = await createItem({ title: 'A', kind: 'detect', notes: 'keep me' });
    await deleteItems([item.id]);
    expect(await db.items.get(item.id)).toBeUndefined();
    await undo();
    expect(await db.items.get(item.id)).toEqual(item);
    await undo();
    expect(await db.items.count()).toBe(0);
    await redo();
    expect(await db.items.get(item.id)).toEqual(item);
    expect((await eventsForItem(item.id)).map((event) => event.type)).toEqual(['created', 'deleted', 'created', 'deleted', 'created']);
  });

  it('deletes several items as one step that undo restores whole and redo deletes again', async () => {
    const items = await Promise.all(['A', 'B', 'C'].map((title) => createItem({ title, kind: 'detect', owner: 'Lee' })));
    const [a, b, c] = items as [ActionItem, ActionItem, ActionItem];
    expect(await deleteItems([a.id, c.id, 'no-such-item'])).toBe(2);
    expect((await db.items.toArray()).map((item) => item.id)).toEqual([b.id]);
    expect(await getUndoState()).toEqual({ undo: 'Delete 2 items', redo: null });

    expect(await undo()).toBe('Delete 2 items');
    expect(await db.items.get(a.id)).toEqual(a);
    expect(await db.items.get(c.id)).toEqual(c);
    expect(await redo()).toBe('Delete 2 items');
    expect(await db.items.count()).toBe(1);
    // Undo and redo write events of their own: each item's history keeps every step.
    expect((await eventsForItem(a.id)).map((event) => event.type).sort()).toEqual(['created', 'created', 'deleted', 'deleted']);
  });

  it('records nothing when none of the items to delete exists', async () => {
    expect(await deleteItems(['gone'])).toBe(0);
    expect(await getUndoState()).toEqual({ undo: null, redo: null });
  });

  it('forgets the redo stack when a new change is made', async () => {
    const item = await createItem({ title: 'A', kind: 'detect' });
    await updateItem(item.id, { title: 'B' });
    await undo();
    await updateItem(item.id, { title: 'C' });
    expect(await redo()).toBeNull();
    expect((await getUndoState()).redo).toBeNull();
  });

  it(`keeps at least 50 steps (${UNDO_LIMIT}), and they survive a reload`, async () => {
    const item = await createItem({ title: 'Step 0', kind: 'detect' });
    for (let step = 1; step <= UNDO_LIMIT + 5; step += 1) await updateItem(item.id, { title: `Step ${step}` });
    db.close({ disableAutoOpen: false });
    await db.open();
    for (let step = 0; step < UNDO_LIMIT; step += 1) expect(await undo()).not.toBeNull();
    expect(await undo()).toBeNull();
    expect((await db.items.get(item.id))?.title).toBe('Step 5');
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(50);
  });
});
