/**
 * Documents read in an import but not yet added or skipped, stored as the review left
 * them. The import feature owns their shape and validates it when it reads them back.
 */
import { db } from './database';

export interface PendingReview {
  id: string;
  /** Order in the review queue. */
  position: number;
  fileName: string;
  review: unknown;
}

/** Stores the reviews that changed and forgets the ones that left the queue, in one transaction. */
export async function savePendingReviews(changed: readonly PendingReview[], removedIds: readonly string[]): Promise<void> {
  await db.transaction('rw', db.pendingReviews, async () => {
    await db.pendingReviews.bulkDelete([...removedIds]);
    await db.pendingReviews.bulkPut([...changed]);
  });
}

export function loadPendingReviews(): Promise<PendingReview[]> {
  return db.pendingReviews.orderBy('position').toArray();
}
