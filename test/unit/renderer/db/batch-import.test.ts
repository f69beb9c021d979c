import { describe, expect, it, vi } from 'vitest';
import type { ParsedPostmortem } from '../../../../shared/model';
import type { ImportOutcome } from '../../../../renderer/db';
import { runBatchImport, type BatchFile, type BatchProgress, type ParseFile } from '../../../../renderer/workers/batch-import';
import { parsedPostmortem } from './builders';

const files = (count: number): BatchFile[] =>
  Array.from({ length: count }, (_, index) => ({ name: `pm-${index}.md`, read: async () => new TextEncoder().encode(`file ${index}`) }));

const parseAll: ParseFile = async (file) =>
  file.name.includes('bad')
    ? { ok: false, rejected: { fileName: file.name, reason: 'This file is binary.' } }
    : { ok: true, value: parsedPostmortem({ fileName: file.name }), warnings: file.name === 'pm-1.md' ? ['No date found.'] : [] };

const stored = (parsed: ParsedPostmortem): ImportOutcome => ({
  ok: true,
  status: 'created',
  incidentId: parsed.fileName,
  itemsAdded: parsed.items.length,
  itemsUpdated: 0,
  itemsFlaggedMissing: 0,
});
const commitAll = async (documents: ParsedPostmortem[]) => documents.map(stored);

describe('runBatchImport', () => {
  it('imports every file in chunks, reporting progress as files are parsed and stored', async () => {
    const progress: BatchProgress[] = [];
    const commit = vi.fn(commitAll);
    const result = await runBatchImport([...files(3), { name: 'bad.bin', read: async () => new Uint8Array([0]) }], {
      parse: parseAll,
      commit,
      themes: [],
      chunkSize: 2,
      onProgress: (update) => progress.push(update),
    });
    expect(result).toMatchObject({ total: 4, parsed: 4, finished: 4, created: 3, itemsAdded: 6, cancelled: false });
    expect(result.failed).toEqual([{ fileName: 'bad.bin', reason: 'This file is binary.' }]);
    expect(result.warnings).toEqual([{ fileName: 'pm-1.md', warnings: ['No date found.'] }]);
    expect(commit.mock.calls.map(([documents]) => documents.map((document) => document.fileName))).toEqual([
      ['pm-0.md', 'pm-1.md'],
      ['pm-2.md'],
    ]);
    const finished = progress.map((update) => update.finished);
    expect(finished).toEqual([...finished].sort((a, b) => a - b));
    expect(progress.at(-1)?.finished).toBe(4);
  });

  it('reports storage failures and files that cannot be read, and carries on', async () => {
    const commit = async (documents: ParsedPostmortem[]): Promise<ImportOutcome[]> =>
      documents.map((document) =>
        document.fileName === 'pm-0.md' ? { ok: false, fileName: 'pm-0.md', reason: 'Importing pm-0.md failed: full.' } : stored(document),
      );
    const unreadable: BatchFile = { name: 'gone.md', read: () => Promise.reject(new Error('File was moved')) };
    const result = await runBatchImport([...files(2), unreadable], { parse: parseAll, commit, themes: [], concurrency: 1 });
    expect(result.failed).toEqual([
      { fileName: 'gone.md', reason: 'Could not read gone.md: File was moved' },
      { fileName: 'pm-0.md', reason: 'Importing pm-0.md failed: full.' },
    ]);
    expect(result).toMatchObject({ created: 1, finished: 3 });
  });

  it('stops at cancel: stored chunks stay, files not yet stored are dropped, the rest never start', async () => {
    const controller = new AbortController();
    const parse = vi.fn<ParseFile>(async (file, options) => {
      if (file.name === 'pm-4.md') controller.abort();
      return parseAll(file, options);
    });
    const commit = vi.fn(commitAll);
    const result = await runBatchImport(files(10), {
      parse,
      commit,
      themes: [],
      signal: controller.signal,
      concurrency: 1,
      chunkSize: 3,
    });
    expect(result).toMatchObject({ cancelled: true, finished: 3, created: 3 });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(parse).toHaveBeenCalledTimes(5);
  });

  it('keeps several files in flight when asked', async () => {
    let inFlight = 0;
    let most = 0;
    const parse: ParseFile = async (file, options) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return parseAll(file, options);
    };
    const result = await runBatchImport(files(6), { parse, commit: commitAll, themes: [], concurrency: 3 });
    expect(result.finished).toBe(6);
    expect(most).toBe(3);
  });
});
