import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, loadPendingReviews } from '../../../../renderer/db';
import {
  addToTracker,
  clearImportSession,
  skipEntry,
  startImport,
  updateDraft,
  useImportSession,
  type QueueEntry,
} from '../../../../renderer/features/import/import-session';
import { setDecision } from '../../../../renderer/features/import/review-draft';
import { persistImportReviews } from '../../../../renderer/features/import/review-persistence';
import { resetDatabase } from '../db/builders';
import { BUS, parseHere, RPC, sample } from './session-fixtures';


const reviews = () =>
  useImportSession.getState().entries.filter((entry): entry is Extract<QueueEntry, { status: 'review' }> => entry.status === 'review');

/** What a reload does to the session: the in-memory queue is gone, the database stays. */
function reload(): void {
  stop();
  useImportSession.setState({ entries: [], activeId: null, reading: null, lastAddedId: null });
}

let stop: () => void = () => undefined;
/** Waits until the writes queued by the session have reached the database. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(async () => {
  clearImportSession();
  await resetDatabase();
  stop = await persistImportReviews();
});
afterEach(() => stop());

describe('the import review across a reload', () => {
  it('comes back with every document waiting and every decision made', async () => {
    await startImport([sample(RPC), sample(BUS)], { parse: parseHere });
    const first = reviews()[0]!;
    const rejectedKey = first.draft.items[0]!.key;
    updateDraft(first.id, (draft) => setDecision(draft, rejectedKey, 'rejected'));
    await settled();

    reload();
    stop = await persistImportReviews();

    expect(reviews().map((entry) => entry.fileName)).toEqual([RPC, BUS]);
    const restored = reviews()[0]!;
    expect(restored.draft.items.find((item) => item.key === rejectedKey)?.decision).toBe('rejected');
    expect(restored.draft.parsed.text).toBe(first.draft.parsed.text);
    expect(useImportSession.getState().activeId).toBe(restored.id);
  });

  it('forgets documents once they are added or skipped, and an erase-free reload shows none of them again', async () => {
    await startImport([sample(RPC), sample(BUS)], { parse: parseHere });
    const [rpc, bus] = reviews();
    const outcome = await addToTracker(rpc!.id);
    expect(outcome?.ok).toBe(true);
    skipEntry(bus!.id);
    await settled();
    expect(await loadPendingReviews()).toEqual([]);

    reload();
    stop = await persistImportReviews();
    expect(reviews()).toEqual([]);
  });

  it('drops a stored document that reached the tracker before its review was saved as done', async () => {
    await startImport([sample(RPC)], { parse: parseHere });
    await settled();
    stop();
    // The add lands but the queue's own write never happens (say the window closed in between).
    await addToTracker(reviews()[0]!.id);
    expect(await loadPendingReviews()).toHaveLength(1);

    reload();
    stop = await persistImportReviews();
    expect(reviews()).toEqual([]);
  });

  it('ignores a stored review it cannot read rather than failing to start', async () => {
    await db.pendingReviews.put({ id: 'file-9', position: 0, fileName: 'broken.md', review: { draft: 'not a draft' } });
    reload();
    stop = await persistImportReviews();
    expect(reviews()).toEqual([]);
    await settled();
    expect(await loadPendingReviews()).toEqual([]);
  });
});
