/**
 * Re-tagging items after a theme's rules change. The rules decide, not the user, so the
 * themes are not marked as edited by hand and a later re-import may still set them;
 * items whose themes the user did pick by hand are left alone.
 */
import type { ActionItem } from '../../shared/model';
import { db } from './database';
import { newBatchId } from './item-events';
import { parseItemPatch } from './item-patch';
import { ITEM_WRITE_TABLES, writeItemPatch } from './item-writes';
import { recordUndoStep } from './undo';

export interface ThemeChange {
  id: string;
  themes: readonly string[];
}

/** Gives each item its new themes as one undo step; resolves to how many items changed. */
export async function retagItems(changes: readonly ThemeChange[]): Promise<number> {
  const themesById = new Map(changes.map(({ id, themes }) => [id, parseItemPatch({ themes: [...themes] }).themes]));
  return db.transaction('rw', ITEM_WRITE_TABLES, async () => {
    const items = (await db.items.bulkGet([...themesById.keys()])).filter(
      (item): item is ActionItem => item !== undefined && !item.editedFields.includes('themes'),
    );
    const at = new Date().toISOString();
    const context = { at, batchId: newBatchId(), meetingId: null };
    let changed = 0;
    for (const item of items) {
      changed += (await writeItemPatch([item], { themes: themesById.get(item.id) }, context, false)).length;
    }
    if (changed > 0) await recordUndoStep(context.batchId, `Re-tag ${changed} item${changed === 1 ? '' : 's'}`, at);
    return changed;
  });
}
