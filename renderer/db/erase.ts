/** Erasing every record: the tracker returns to its first-launch state, default themes included. */
import { DEFAULT_THEMES } from '../../shared/taxonomy';
import { db } from './database';

export async function eraseAll(): Promise<void> {
  await db.transaction('rw', [...db.allTables(), db.pendingReviews], async () => {
    await Promise.all([...db.allTables(), db.pendingReviews].map((table) => table.clear()));
    await db.themes.bulkAdd(DEFAULT_THEMES);
  });
}
