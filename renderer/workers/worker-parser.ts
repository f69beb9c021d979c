/** The main thread's handle on the parse worker: `parse` returns a promise per file. */
import type { ParseFile, ParseOutcome } from './batch-import';
import type { ParseRequest, ParseResponse } from './parse-messages';

export interface WorkerParser {
  parse: ParseFile;
  /** Stops the worker; parses still pending reject. */
  dispose(): void;
}

function startParseWorker(): Worker {
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'postmortem-parser' });
}

export function createWorkerParser(startWorker: () => Worker = startParseWorker): WorkerParser {
  const worker = startWorker();
  const pending = new Map<number, { resolve: (outcome: ParseOutcome) => void; reject: (error: Error) => void }>();
  let nextId = 1;

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<ParseResponse>) => {
    const request = pending.get(event.data.id);
    if (!request) return;
    pending.delete(event.data.id);
    if ('outcome' in event.data) request.resolve(event.data.outcome);
    else request.reject(new Error(event.data.error));
  };
  worker.onerror = (event) => failAll(new Error(event.message || 'The parser stopped unexpectedly.'));

  return {
    parse(file, { themes }) {
      const id = nextId++;
      return new Promise<ParseOutcome>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // A copy is transferred, so the caller's bytes stay usable.
        const bytes = file.bytes.slice();
        const request: ParseRequest = { id, name: file.name, bytes, themes };
        worker.postMessage(request, [bytes.buffer]);
      });
    },
    dispose() {
      worker.terminate();
      failAll(new Error('Parsing was cancelled.'));
    },
  };
}
