import { describe, expect, it } from 'vitest';
import { createWorkerParser } from '../../../../renderer/workers/worker-parser';
import type { ParseRequest, ParseResponse } from '../../../../renderer/workers/parse-messages';
import { parsedPostmortem } from './builders';

/** A stand-in for the parse worker that answers like the real one. */
class FakeWorker {
  onmessage: ((event: MessageEvent<ParseResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: ParseRequest[] = [];

  postMessage(request: ParseRequest) {
    this.received.push(request);
    queueMicrotask(() => {
      const response: ParseResponse =
        request.name === 'crash.md'
          ? { id: request.id, error: 'parser crashed' }
          : { id: request.id, outcome: { ok: true, value: parsedPostmortem({ fileName: request.name }), warnings: [] } };
      this.onmessage?.({ data: response } as MessageEvent<ParseResponse>);
    });
  }

  terminate() {
    this.terminated = true;
  }
}

describe('createWorkerParser', () => {
  it('answers each file with its own outcome, and leaves the caller’s bytes usable', async () => {
    const worker = new FakeWorker();
    const parser = createWorkerParser(() => worker as unknown as Worker);
    const bytes = new Uint8Array([1, 2, 3]);
    const [a, b] = await Promise.all([
      parser.parse({ name: 'a.md', bytes }, { themes: [] }),
      parser.parse({ name: 'b.md', bytes }, { themes: [] }),
    ]);
    expect(a.ok && a.value.fileName).toBe('a.md');
    expect(b.ok && b.value.fileName).toBe('b.md');
    expect([...bytes]).toEqual([1, 2, 3]);
    await expect(parser.parse({ name: 'crash.md', bytes }, { themes: [] })).rejects.toThrow('parser crashed');
  });

  it('rejects pending parses when disposed', async () => {
    const worker = new FakeWorker();
    worker.postMessage = () => undefined;
    const parser = createWorkerParser(() => worker as unknown as Worker);
    const pending = parser.parse({ name: 'a.md', bytes: new Uint8Array() }, { themes: [] });
    parser.dispose();
    await expect(pending).rejects.toThrow('cancelled');
    expect(worker.terminated).toBe(true);
  });
});
