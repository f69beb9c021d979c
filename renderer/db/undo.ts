/**
 * Undo and redo per user action. Each action's events share a batch id; the stacks of
 * batch ids live in the database so they survive a reload. Undoing never removes
 * history: it writes the inverse changes as a new batch, which the redo stack keeps.
 */
import type { ActionItem } from '../../shared/model';
import type { UndoStep } from '../../shared/model/backup';
import { Dexie } from 'dexie';
import { db } from './database';
import { createdEvent, deletedEvent, newBatchId, type EventContext } from './item-events';
import type { TrackedItemPatch } from './item-patch';
import { ITEM_WRITE_TABLES, writeItemPatch } from './item-writes';

/** How many actions can be undone; older ones are forgotten. */
export const UNDO_LIMIT = 100;

type Stack = UndoStep['stack'];

function stackRange(stack: Stack) {
  return db.undoSteps.where('[stack+seq]').between([stack, Dexie.minKey], [stack, Dexie.maxKey]);
}

async function push(stack: Stack, batchId: string, label: string, at: string): Promise<void> {
  // `seq` is assigned by the auto-increment key.
  await db.undoSteps.add({ stack, batchId, label, at } as UndoStep);
  const excess = (await stackRange(stack).count()) - UNDO_LIMIT;
  if (excess > 0) await stackRange(stack).limit(excess).delete();
}

/** Records a user action as undoable and forgets what could be redone; call inside the action's transaction. */
export async function recordUndoStep(batchId: string, label: string, at: string): Promise<void> {
  await stackRange('redo').delete();
  await push('undo', batchId, label, at);
}

/** Writes the inverse of every event of `batchId` as one new batch; returns its id. */
async function revertBatch(batchId: string, at: string): Promise<string> {
  const events = await db.events.where('batchId').equals(batchId).toArray();
  const revertId = newBatchId();
  const changesByItem = new Map<string, { patch: TrackedItemPatch; meetingId: string | null }>();
  for (const event of events) {
    const context: EventContext = { at, batchId: revertId, meetingId: event.meetingId };
    if (event.type === 'changed' && event.field !== null) {
      const entry = changesByItem.get(event.itemId) ?? { patch: {}, meetingId: event.meetingId };
      (entry.patch as Record<string, unknown>)[event.field] = event.from;
      changesByItem.set(event.itemId, entry);
    } else if (event.type === 'created') {
      const item = await db.items.get(event.itemId);
      if (!item) continue;
      await db.items.delete(item.id);
      await db.events.add(deletedEvent(item, context));
    } else if (event.type === 'deleted') {
      const item = event.from as ActionItem;
      await db.items.put(item);
      await db.events.add(createdEvent(item, context));
    }
  }
  for (const [itemId, { patch, meetingId }] of changesByItem) {
    const item = await db.items.get(itemId);
    if (item) await writeItemPatch([item], patch, { at, batchId: revertId, meetingId }, false);
  }
  return revertId;
}

async function move(from: Stack, to: Stack): Promise<string | null> {
  return db.transaction('rw', ITEM_WRITE_TABLES, async () => {
    const step = await stackRange(from).last();
    if (!step) return null;
    const at = new Date().toISOString();
    const revertId = await revertBatch(step.batchId, at);
    await db.undoSteps.delete(step.seq);
    await push(to, revertId, step.label, at);
    return step.label;
  });
}

/** Reverts the last action; resolves to its label, or null when there is nothing to undo. */
export function undo(): Promise<string | null> {
  return move('undo', 'redo');
}

/** Re-applies the last undone action; resolves to its label, or null when there is nothing to redo. */
export function redo(): Promise<string | null> {
  return move('redo', 'undo');
}

export interface UndoState {
  /** Label of the action undo would revert, or null. */
  undo: string | null;
  redo: string | null;
}

/** For useLiveQuery: what the Undo and Redo commands would do. */
export async function getUndoState(): Promise<UndoState> {
  const [undoStep, redoStep] = await Promise.all([stackRange('undo').last(), stackRange('redo').last()]);
  return { undo: undoStep?.label ?? null, redo: redoStep?.label ?? null };
}
