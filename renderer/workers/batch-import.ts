/**
 * Importing many files: files are read and parsed (in a worker, through the `parse`
 * function given) a chunk at a time, and each chunk is committed in one call while the
 * next chunk is parsed. Progress is reported after every file parsed and every chunk
 * stored. Cancel stops before the next file; chunks already stored stay imported,
 * files parsed but not yet stored are dropped.
 */
import type { ParsedPostmortem, RejectedFile, Theme } from '../../shared/model';
import type { ImportOutcome } from '../db/import-postmortem';

/** A file chosen for import; its bytes are read only when its turn comes. */
export interface BatchFile {
  name: string;
  read(): Promise<Uint8Array>;
}

export type ParseOutcome =
  | { ok: true; value: ParsedPostmortem; warnings: readonly string[] }
  | { ok: false; rejected: RejectedFile };

export type ParseFile = (file: { name: string; bytes: Uint8Array }, options: { themes: Theme[] }) => Promise<ParseOutcome>;

export interface BatchProgress {
  total: number;
  /** Files read and parsed (or refused). */
  parsed: number;
  /** Files finished, whatever their outcome. */
  finished: number;
  created: number;
  updated: number;
  /** Files whose exact text was imported before. */
  unchanged: number;
  itemsAdded: number;
  /** Files that could not be read or stored, and why. */
  failed: RejectedFile[];
  warnings: { fileName: string; warnings: readonly string[] }[];
}

export interface BatchResult extends BatchProgress {
  cancelled: boolean;
}

export interface BatchImportOptions {
  parse: ParseFile;
  /** Stores parsed documents, one outcome per document in order (importParsedPostmortems). */
  commit: (documents: ParsedPostmortem[]) => Promise<ImportOutcome[]>;
  themes: Theme[];
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  /** Files parsed at once. */
  concurrency?: number;
  /** Files stored per commit: larger is faster, smaller shows progress sooner. */
  chunkSize?: number;
}

export const DEFAULT_CHUNK_SIZE = 50;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function runBatchImport(files: readonly BatchFile[], options: BatchImportOptions): Promise<BatchResult> {
  const { parse, commit, themes, signal, onProgress } = options;
  const progress: BatchProgress = {
    total: files.length,
    parsed: 0,
    finished: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    itemsAdded: 0,
    failed: [],
    warnings: [],
  };
  const report = () => onProgress?.({ ...progress, failed: [...progress.failed], warnings: [...progress.warnings] });

  async function parseOne(file: BatchFile): Promise<ParsedPostmortem | null> {
    let outcome: ParseOutcome;
    try {
      outcome = await parse({ name: file.name, bytes: await file.read() }, { themes });
    } catch (error) {
      if (signal?.aborted) return null;
      outcome = { ok: false, rejected: { fileName: file.name, reason: `Could not read ${file.name}: ${reasonOf(error)}` } };
    }
    if (signal?.aborted) return null;
    progress.parsed += 1;
    if (!outcome.ok) {
      progress.failed.push(outcome.rejected);
      progress.finished += 1;
    } else if (outcome.warnings.length > 0) {
      progress.warnings.push({ fileName: file.name, warnings: outcome.warnings });
    }
    report();
    return outcome.ok ? outcome.value : null;
  }

  async function parseChunk(chunk: readonly BatchFile[]): Promise<ParsedPostmortem[]> {
    const results: (ParsedPostmortem | null)[] = [];
    let next = 0;
    const lane = async () => {
      while (next < chunk.length && !signal?.aborted) {
        const index = next++;
        results[index] = await parseOne(chunk[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, lane));
    return results.filter((result): result is ParsedPostmortem => result !== null && result !== undefined);
  }

  async function commitChunk(documents: ParsedPostmortem[]): Promise<void> {
    if (documents.length === 0) return;
    for (const outcome of await commit(documents)) {
      if (!outcome.ok) progress.failed.push({ fileName: outcome.fileName, reason: outcome.reason });
      else {
        progress[outcome.status] += 1;
        progress.itemsAdded += outcome.itemsAdded;
      }
      progress.finished += 1;
    }
    report();
  }

  report();
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  let storing: Promise<void> = Promise.resolve();
  for (let start = 0; start < files.length && !signal?.aborted; start += chunkSize) {
    const documents = await parseChunk(files.slice(start, start + chunkSize));
    await storing;
    if (signal?.aborted) break;
    storing = commitChunk(documents);
  }
  await storing;
  return { ...progress, cancelled: signal?.aborted ?? false };
}
