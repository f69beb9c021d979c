/**
 * The one path by which item changes reach the database: the new item rows and one
 * event per changed field, written in the caller's transaction.
 */
import type { ActionItem } from '../../shared/model';
import { db } from './database';
import { changedEvents, type EventContext } from './item-events';
import { applyItemPatch, type TrackedItemPatch } from './item-patch';

/** The tables an item write touches; transactions that call it must include them. */
export const ITEM_WRITE_TABLES = [db.items, db.events, db.owners, db.undoSteps] as const;

/** Adds an owner record for a name seen on an item, so pickers can offer it. */
export async function rememberOwner(name: string | null): Promise<void> {
  if (name === null || name.trim() === '') return;
  const known = await db.owners.where('name').equals(name).count();
  if (known === 0) await db.owners.add({ id: crypto.randomUUID(), name, team: null });
}

/** Applies `patch` to every item, writing the rows that changed and their events; returns those rows. */
export async function writeItemPatch(
  items: readonly ActionItem[],
  patch: TrackedItemPatch,
  context: EventContext,
  markEdited: boolean,
): Promise<ActionItem[]> {
  const changed: ActionItem[] = [];
  const events = [];
  for (const item of items) {
    const { next, changes } = applyItemPatch(item, patch, context.at, markEdited);
    if (changes.length === 0) continue;
    changed.push(next);
    events.push(...changedEvents(item.id, changes, context));
  }
  if (changed.length === 0) return changed;
  await db.items.bulkPut(changed);
  await db.events.bulkAdd(events);
  if (patch.owner !== undefined) await rememberOwner(patch.owner);
  return changed;
}
