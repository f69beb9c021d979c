import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenedFile } from '../../../../shared/ipc';
import { readPostmortem } from '../../../../shared/postmortem';
import { db, queryItems } from '../../../../renderer/db';
import {
  addAllRemaining,
  addToTracker,
  cancelReading,
  clearImportSession,
  skipEntry,
  startImport,
  updateDraft,
  useImportSession,
  type QueueEntry,
} from '../../../../renderer/features/import/import-session';
import { setDecision } from '../../../../renderer/features/import/review-draft';
import type { ParseFile } from '../../../../renderer/workers/batch-import';
import { resetDatabase } from '../db/builders';
import { BUS, parseHere, RPC, sample } from './session-fixtures';


const text = (content: string, name = 'pasted.md'): OpenedFile => ({ name, bytes: new TextEncoder().encode(content) });

const entries = () => useImportSession.getState().entries;
const statuses = () => entries().map((entry) => [entry.fileName, entry.status]);
function reviewEntry(fileName: string): Extract<QueueEntry, { status: 'review' }> {
  const entry = entries().find((candidate) => candidate.fileName === fileName);
  if (entry?.status !== 'review') throw new Error(`${fileName} is not under review`);
  return entry;
}

beforeEach(async () => {
  clearImportSession();
  await resetDatabase();
});

describe('the import session', () => {
  it('reads a batch into the review queue, listing unreadable files with their reason while the rest go on', async () => {
    await startImport([sample(RPC), { name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }, sample(BUS)], {
      parse: parseHere,
    });
    expect(statuses()).toEqual([
      [RPC, 'review'],
      ['photo.png', 'unreadable'],
      [BUS, 'review'],
    ]);
    const unreadable = entries()[1];
    expect(unreadable?.status === 'unreadable' && unreadable.reason).toMatch(/\S/);
    expect(useImportSession.getState().reading).toBeNull();
    expect(useImportSession.getState().activeId).toBe(entries()[0]!.id);
    expect(await db.incidents.count()).toBe(0);
  });

  it('adds the accepted items of one document in one go and moves on to the next document', async () => {
    await startImport([sample(RPC), sample(BUS)], { parse: parseHere });
    const rpc = reviewEntry(RPC);
    const [rejected, ...kept] = rpc.draft.items;
    updateDraft(rpc.id, (draft) => setDecision(draft, rejected!.key, 'rejected'));

    const outcome = await addToTracker(rpc.id);
    expect(outcome).toMatchObject({ ok: true, status: 'created', itemsAdded: kept.length });
    const stored = await queryItems({}, { key: 'title', direction: 'asc' });
    expect(stored.map((item) => item.title).sort()).toEqual(kept.map((item) => item.title).sort());
    expect(statuses()).toEqual([
      [RPC, 'added'],
      [BUS, 'review'],
    ]);
    expect(useImportSession.getState().activeId).toBe(entries()[1]!.id);
  });

  it('reports a document already in the tracker, or twice in one import, instead of adding it again', async () => {
    await startImport([sample(RPC)], { parse: parseHere });
    await addToTracker(reviewEntry(RPC).id);
    clearImportSession();

    await startImport([sample(RPC), sample(BUS), { ...sample(BUS), name: 'copy-of-bus.txt' }], { parse: parseHere });
    expect(statuses()).toEqual([
      [RPC, 'duplicate'],
      [BUS, 'review'],
      ['copy-of-bus.txt', 'duplicate'],
    ]);
    const [known] = entries();
    expect(known?.status === 'duplicate' && known.incidentId).toBe((await db.incidents.toArray())[0]!.id);
    expect(await db.incidents.count()).toBe(1);
  });

  it('recognises a new version of a known document and updates that incident when added', async () => {
    const first = '# Outage\n\nPublished: 2024-03-01\n\n## Action items\n\n- Add alerts on queue depth\n';
    await startImport([text(first, 'outage.md')], { parse: parseHere });
    await addToTracker(reviewEntry('outage.md').id);
    clearImportSession();

    await startImport([text(`${first}- Write a runbook for queue floods\n`, 'outage-v2.md')], { parse: parseHere });
    const version = reviewEntry('outage-v2.md');
    expect(version.earlierVersion).toMatchObject({ relation: 'earlier-version', title: 'Outage' });
    expect(await addToTracker(version.id)).toMatchObject({ ok: true, status: 'updated', itemsAdded: 1 });
    expect(await db.incidents.count()).toBe(1);
  });

  it('skips a document without storing anything from it', async () => {
    await startImport([sample(RPC)], { parse: parseHere });
    skipEntry(reviewEntry(RPC).id);
    expect(statuses()).toEqual([[RPC, 'skipped']]);
    expect(await db.items.count()).toBe(0);
  });

  it('stops at cancel: files not yet read are listed as not read, those read stay for review', async () => {
    let parsed = 0;
    const parseThenCancel: ParseFile = async (file, options) => {
      parsed += 1;
      if (parsed === 2) cancelReading();
      return readPostmortem(file, options);
    };
    await startImport([sample(RPC), sample(BUS), text('# Later\n\n- Do a thing\n')], { parse: parseThenCancel });
    expect(statuses()).toEqual([
      [RPC, 'review'],
      [BUS, 'review'],
      ['pasted.md', 'cancelled'],
    ]);
    expect(parsed).toBe(2);
  });
});

describe('adding all remaining documents', () => {
  it('adds every document still under review with the items accepted so far, and leaves the others alone', async () => {
    await startImport([sample(RPC), sample(BUS), text('# Queue outage\n\n## Action items\n\n- Alert on queue depth\n', 'queue.md')], {
      parse: parseHere,
    });
    skipEntry(reviewEntry('queue.md').id);
    const bus = reviewEntry(BUS);
    updateDraft(bus.id, (draft) => setDecision(draft, draft.items[0]!.key, 'rejected'));
    const outcomes = await addAllRemaining();
    expect(outcomes.map((outcome) => outcome.ok && outcome.status)).toEqual(['created', 'created']);
    expect(statuses()).toEqual([
      [RPC, 'added'],
      [BUS, 'added'],
      ['queue.md', 'skipped'],
    ]);
    const expected = reviewEntryCount(RPC) + bus.draft.items.length - 1;
    expect(await db.items.count()).toBe(expected);
  });
});

function reviewEntryCount(fileName: string): number {
  const result = readPostmortem(sample(fileName));
  return result.ok ? result.value.items.length : 0;
}
