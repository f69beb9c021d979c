/** People and teams that own items. Items store the owner's name. */
import type { Owner } from '../../shared/model';
import { db } from './database';
import { TrackerRuleError } from './errors';
import { newBatchId } from './item-events';
import { ITEM_WRITE_TABLES, writeItemPatch } from './item-writes';

export function listOwners(): Promise<Owner[]> {
  return db.owners.orderBy('name').toArray();
}

async function assertNameFree(name: string, exceptId: string | null): Promise<void> {
  const holder = await db.owners.where('name').equals(name).first();
  if (holder && holder.id !== exceptId) throw new TrackerRuleError(`There is already an owner called "${name}".`);
}

export async function addOwner(name: string, team: string | null = null): Promise<Owner> {
  const owner: Owner = { id: crypto.randomUUID(), name: name.trim(), team };
  if (owner.name === '') throw new TrackerRuleError('An owner needs a name.');
  await db.transaction('rw', db.owners, async () => {
    await assertNameFree(owner.name, null);
    await db.owners.add(owner);
  });
  return owner;
}

/** Renames an owner or changes their team; a rename is carried to their items, with events. */
export async function updateOwner(id: string, changes: { name?: string; team?: string | null }): Promise<Owner> {
  return db.transaction('rw', ITEM_WRITE_TABLES, async () => {
    const owner = await db.owners.get(id);
    if (!owner) throw new TrackerRuleError('This owner no longer exists.');
    const next: Owner = { ...owner, ...changes, name: (changes.name ?? owner.name).trim() };
    if (next.name === '') throw new TrackerRuleError('An owner needs a name.');
    await assertNameFree(next.name, id);
    await db.owners.put(next);
    if (next.name !== owner.name) {
      const items = await db.items.where('owner').equals(owner.name).toArray();
      const context = { at: new Date().toISOString(), batchId: newBatchId(), meetingId: null };
      await writeItemPatch(items, { owner: next.name }, context, false);
    }
    return next;
  });
}

/** Removes an owner from the list; their items keep the name. */
export async function deleteOwner(id: string): Promise<void> {
  await db.owners.delete(id);
}
