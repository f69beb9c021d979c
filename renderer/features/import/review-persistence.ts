/**
 * Keeps the import review queue in the database as the user works through it, so a
 * reload, a crash or a closed window loses no document read and no decision made.
 */
import { z } from 'zod';
import { ExtractedItemSchema, ParsedIncidentSchema, ParsedPostmortemSchema } from '../../../shared/model';
import { findKnownIncident, loadPendingReviews, savePendingReviews, type PendingReview } from '../../db';
import { showToast } from '../../stores/toasts';
import { restoreReviews, useImportSession, type QueueEntry, type RestoredReview } from './import-session';

const RestoredReviewSchema = z.object({
  fileName: z.string(),
  draft: z.object({
    parsed: ParsedPostmortemSchema,
    incident: ParsedIncidentSchema,
    items: z.array(ExtractedItemSchema.extend({ key: z.string(), decision: z.enum(['accepted', 'rejected']) })),
    nextKey: z.number().int(),
  }),
  earlierVersion: z
    .object({ relation: z.enum(['same-document', 'earlier-version']), incidentId: z.string(), title: z.string() })
    .nullable(),
  warnings: z.array(z.string()),
});

type ReviewEntry = Extract<QueueEntry, { status: 'review' }>;

function toStored(entry: ReviewEntry, position: number): PendingReview {
  const review: RestoredReview = {
    fileName: entry.fileName,
    draft: entry.draft,
    earlierVersion: entry.earlierVersion,
    warnings: entry.warnings,
  };
  return { id: entry.id, position, fileName: entry.fileName, review };
}

/** Reviews stored earlier that still make sense: well-formed, and not added to the tracker since. */
async function usableReviews(rows: readonly PendingReview[]): Promise<RestoredReview[]> {
  const restored: RestoredReview[] = [];
  for (const stored of rows) {
    const parsed = RestoredReviewSchema.safeParse(stored.review);
    if (!parsed.success) continue;
    const known = await findKnownIncident(parsed.data.draft.parsed);
    if (known?.relation !== 'same-document') restored.push(parsed.data);
  }
  return restored;
}

/**
 * Restores the queue left by the last session, then stores every change to it. Saving
 * starts only after the restore, so a document imported meanwhile cannot overwrite the
 * stored queue before it has been read back.
 */
export async function persistImportReviews(): Promise<() => void> {
  const rows = await loadPendingReviews();
  restoreReviews(await usableReviews(rows));

  // The last session's rows (null: nothing of this session) are replaced by the first save.
  let saved = new Map<string, ReviewEntry | null>(rows.map((row) => [row.id, null]));
  let saving = Promise.resolve();
  const save = (entries: readonly QueueEntry[]) => {
    const current = new Map<string, ReviewEntry | null>();
    const changed: PendingReview[] = [];
    entries.forEach((entry, position) => {
      if (entry.status !== 'review') return;
      current.set(entry.id, entry);
      if (saved.get(entry.id) !== entry) changed.push(toStored(entry, position));
    });
    const removedIds = [...saved.keys()].filter((id) => !current.has(id));
    saved = current;
    // Each write waits for the one before, so the database sees changes in order.
    if (changed.length === 0 && removedIds.length === 0) return;
    saving = saving
      .then(() => savePendingReviews(changed, removedIds))
      .catch((error: unknown) => {
        showToast({ tone: 'error', title: 'Could not keep the import review for later', description: String(error) });
      });
  };

  save(useImportSession.getState().entries);
  return useImportSession.subscribe((state, previous) => {
    if (state.entries !== previous.entries) save(state.entries);
  });
}
