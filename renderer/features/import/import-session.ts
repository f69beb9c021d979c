/**
 * The import in progress: the files being read (in the parse worker, one at a time,
 * cancellable), and each document's place in the review queue. Files that cannot be
 * read, documents already in the tracker and new versions of known documents are
 * recorded as such, so nothing is ever added twice without the user seeing it.
 * Callable from anywhere (menu, drop, OS), React or not.
 */
import { create } from 'zustand';
import type { OpenedFile } from '../../../shared/ipc';
import type { ParsedPostmortem } from '../../../shared/model';
import { findKnownIncident, importParsedPostmortem, listThemes, type ImportOutcome, type KnownIncident } from '../../db';
import type { ParseFile } from '../../workers/batch-import';
import { createWorkerParser } from '../../workers/worker-parser';
import { createDraft, reviewedImport, type ReviewDraft } from './review-draft';

export type QueueEntry = { id: string; fileName: string } & (
  | { status: 'reading' }
  | { status: 'cancelled' }
  | { status: 'unreadable'; reason: string }
  /** The exact text is in the tracker already, or twice in this import. */
  | { status: 'duplicate'; incidentId: string | null; title: string }
  | { status: 'review'; draft: ReviewDraft; earlierVersion: KnownIncident | null; warnings: readonly string[]; saving: boolean }
  | { status: 'added'; incidentId: string; outcome: Extract<ImportOutcome, { ok: true }>; title: string }
  | { status: 'skipped' }
);

export type QueueStatus = QueueEntry['status'];

export interface ReadingProgress {
  total: number;
  read: number;
}

interface ImportSessionState {
  entries: QueueEntry[];
  activeId: string | null;
  /** The batch being read, or null when nothing is being read. */
  reading: ReadingProgress | null;
  /** The document added to the tracker last, to confirm it. */
  lastAddedId: string | null;
}

export const useImportSession = create<ImportSessionState>()(() => ({ entries: [], activeId: null, reading: null, lastAddedId: null }));

let nextEntryId = 1;

function updateEntry(id: string, change: (entry: QueueEntry) => QueueEntry): void {
  useImportSession.setState((state) => ({ entries: state.entries.map((entry) => (entry.id === id ? change(entry) : entry)) }));
}

/** The first entry after `id` (then from the start) that still waits for review. */
function nextToReview(entries: readonly QueueEntry[], afterId: string | null): string | null {
  const from = afterId === null ? 0 : entries.findIndex((entry) => entry.id === afterId) + 1;
  const ordered = [...entries.slice(from), ...entries.slice(0, from)];
  return ordered.find((entry) => entry.status === 'review')?.id ?? null;
}

function activateIfIdle(id: string): void {
  useImportSession.setState((state) => {
    const active = state.entries.find((entry) => entry.id === state.activeId);
    const idle = !active || (active.status !== 'review' && active.status !== 'reading');
    return idle ? { activeId: id } : {};
  });
}

async function classify(parsed: ParsedPostmortem, warnings: readonly string[], id: string): Promise<QueueEntry> {
  const base = { id, fileName: parsed.fileName };
  const twin = useImportSession
    .getState()
    .entries.find((entry) => entry.id !== id && entry.status === 'review' && entry.draft.parsed.contentHash === parsed.contentHash);
  if (twin) return { ...base, status: 'duplicate', incidentId: null, title: `${parsed.incident.title} (also ${twin.fileName})` };
  const known = await findKnownIncident(parsed);
  if (known?.relation === 'same-document') return { ...base, status: 'duplicate', incidentId: known.incidentId, title: known.title };
  return { ...base, status: 'review', draft: createDraft(parsed), earlierVersion: known, warnings, saving: false };
}

export type RestoredReview = Pick<Extract<QueueEntry, { status: 'review' }>, 'fileName' | 'draft' | 'earlierVersion' | 'warnings'>;

/** Puts documents whose review was interrupted (by a reload or a crash) back at the head of the queue. */
export function restoreReviews(reviews: readonly RestoredReview[]): void {
  if (reviews.length === 0) return;
  const entries: QueueEntry[] = reviews.map((review) => ({ ...review, id: `file-${nextEntryId++}`, status: 'review', saving: false }));
  useImportSession.setState((state) => ({ entries: [...entries, ...state.entries], activeId: state.activeId ?? entries[0]!.id }));
}

export interface StartImportOptions {
  /** Parses one file; the parse worker when absent. */
  parse?: ParseFile;
}

/** Aborts every batch read in this reading period; null while nothing is read. */
let readingController: AbortController | null = null;
let batchesReading = 0;
let queue: Promise<void> = Promise.resolve();

/**
 * Reads `files` into the review queue, one at a time, and resolves when all are read
 * or reading was cancelled. A batch started while another is read waits for it.
 */
export async function startImport(files: readonly OpenedFile[], options: StartImportOptions = {}): Promise<void> {
  if (files.length === 0) return;
  const entries: QueueEntry[] = files.map((file) => ({ id: `file-${nextEntryId++}`, fileName: file.name, status: 'reading' }));
  useImportSession.setState((state) => ({
    entries: [...state.entries, ...entries],
    reading: { total: (state.reading?.total ?? 0) + files.length, read: state.reading?.read ?? 0 },
    activeId: state.activeId ?? entries[0]!.id,
  }));
  readingController ??= new AbortController();
  const { signal } = readingController;
  batchesReading += 1;
  const run = queue.then(() => readAll(files, entries, signal, options));
  queue = run.catch(() => undefined);
  try {
    await run;
  } finally {
    batchesReading -= 1;
    if (batchesReading === 0) finishReading();
  }
}

function finishReading(): void {
  readingController = null;
  useImportSession.setState((state) => {
    const active = state.entries.find((entry) => entry.id === state.activeId);
    const activeId = active?.status === 'review' ? state.activeId : (nextToReview(state.entries, null) ?? state.activeId);
    return { reading: null, activeId };
  });
}

async function readAll(
  files: readonly OpenedFile[],
  entries: readonly QueueEntry[],
  signal: AbortSignal,
  options: StartImportOptions,
): Promise<void> {
  const worker = options.parse ? null : createWorkerParser();
  const parse = options.parse ?? worker!.parse;
  const stop = () => worker?.dispose();
  signal.addEventListener('abort', stop);
  try {
    const themes = await listThemes();
    for (let index = 0; index < files.length; index++) {
      const file = files[index]!;
      const { id } = entries[index]!;
      let result: QueueEntry;
      if (signal.aborted) {
        result = { id, fileName: file.name, status: 'cancelled' };
      } else {
        try {
          const outcome = await parse(file, { themes });
          result = outcome.ok
            ? await classify(outcome.value, outcome.warnings, id)
            : { id, fileName: file.name, status: 'unreadable', reason: outcome.rejected.reason };
        } catch (error) {
          result = signal.aborted
            ? { id, fileName: file.name, status: 'cancelled' }
            : { id, fileName: file.name, status: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
        }
      }
      updateEntry(id, () => result);
      if (result.status === 'review') activateIfIdle(id);
      useImportSession.setState((state) => ({ reading: state.reading && { ...state.reading, read: state.reading.read + 1 } }));
    }
  } finally {
    signal.removeEventListener('abort', stop);
    worker?.dispose();
  }
}

/** Stops reading: files not read yet are listed as cancelled; documents read stay in the queue. */
export function cancelReading(): void {
  readingController?.abort();
}

export function setActiveEntry(id: string): void {
  useImportSession.setState({ activeId: id });
}

export function updateDraft(id: string, change: (draft: ReviewDraft) => ReviewDraft): void {
  updateEntry(id, (entry) => (entry.status === 'review' ? { ...entry, draft: change(entry.draft) } : entry));
}

function advanceFrom(id: string): void {
  useImportSession.setState((state) => ({ activeId: nextToReview(state.entries, id) ?? id }));
}

/**
 * "Add to tracker": stores the document and its accepted items in one transaction and
 * moves on to the next document. Resolves with the outcome (a failure leaves the
 * document in the queue and says why).
 */
export async function addToTracker(id: string): Promise<ImportOutcome | null> {
  const entry = useImportSession.getState().entries.find((candidate) => candidate.id === id);
  if (entry?.status !== 'review' || entry.saving) return null;
  updateEntry(id, (current) => (current.status === 'review' ? { ...current, saving: true } : current));
  const { parsed, acceptedItems } = reviewedImport(entry.draft);
  const outcome = await importParsedPostmortem(parsed, { acceptedItems });
  if (!outcome.ok) {
    updateEntry(id, (current) => (current.status === 'review' ? { ...current, saving: false } : current));
    return outcome;
  }
  updateEntry(id, (current) => ({
    id,
    fileName: current.fileName,
    status: 'added',
    incidentId: outcome.incidentId,
    outcome,
    title: parsed.incident.title,
  }));
  useImportSession.setState({ lastAddedId: id });
  advanceFrom(id);
  return outcome;
}

/**
 * Adds every document still waiting for review, each with the items accepted so far
 * (all of them unless the user changed that), one transaction per document. Resolves
 * with the outcomes, failures included.
 */
export async function addAllRemaining(): Promise<ImportOutcome[]> {
  const waiting = useImportSession.getState().entries.filter((entry) => entry.status === 'review');
  const outcomes: ImportOutcome[] = [];
  for (const entry of waiting) {
    const outcome = await addToTracker(entry.id);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

export function skipEntry(id: string): void {
  updateEntry(id, (entry) => (entry.status === 'review' ? { id, fileName: entry.fileName, status: 'skipped' } : entry));
  advanceFrom(id);
}

/** Forgets the import once the user is done with it; documents not added are dropped. */
export function clearImportSession(): void {
  cancelReading();
  useImportSession.setState({ entries: [], activeId: null, reading: null, lastAddedId: null });
}

/** How many entries are in each state. */
export function countByStatus(entries: readonly QueueEntry[]): Record<QueueStatus, number> {
  const counts: Record<QueueStatus, number> = {
    reading: 0,
    cancelled: 0,
    unreadable: 0,
    duplicate: 0,
    review: 0,
    added: 0,
    skipped: 0,
  };
  for (const entry of entries) counts[entry.status] += 1;
  return counts;
}
