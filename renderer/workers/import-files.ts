/** The import the UI starts for files the user chose: parsed in a worker, stored one transaction per file. */
import { importParsedPostmortems } from '../db/import-postmortem';
import { listThemes } from '../db/themes';
import { runBatchImport, type BatchFile, type BatchProgress, type BatchResult } from './batch-import';
import { createWorkerParser } from './worker-parser';

/** Wraps a browser File (or anything with a name and bytes) for the batch. */
export function batchFileFrom(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): BatchFile {
  return { name: file.name, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

export async function importFiles(
  files: readonly BatchFile[],
  options: { signal?: AbortSignal; onProgress?: (progress: BatchProgress) => void } = {},
): Promise<BatchResult> {
  const parser = createWorkerParser();
  const stop = () => parser.dispose();
  options.signal?.addEventListener('abort', stop);
  try {
    const themes = await listThemes();
    return await runBatchImport(files, { ...options, parse: parser.parse, commit: importParsedPostmortems, themes });
  } finally {
    options.signal?.removeEventListener('abort', stop);
    parser.dispose();
  }
}
