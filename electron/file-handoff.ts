/**
 * Postmortem files handed to the app from outside — on the command line, by a second
 * launch (single-instance lock) or by macOS `open-file` — are queued until the renderer
 * has a listener attached, then sent to it in one batch for the import flow.
 */
import { extname, isAbsolute, resolve } from 'node:path';
import { IPC_CHANNELS, POSTMORTEM_FILE_EXTENSIONS, type OpenedFile } from '../shared/ipc';
import type { ReadOpenedFile } from './opened-file';

const POSTMORTEM_EXTENSIONS = new Set<string>(POSTMORTEM_FILE_EXTENSIONS.map((extension) => `.${extension}`));

export function isPostmortemPath(path: string): boolean {
  return POSTMORTEM_EXTENSIONS.has(extname(path).toLowerCase());
}

/**
 * The postmortem files among command-line arguments, as absolute paths. Switches (Chromium
 * adds some to a second instance's argv), the executable and the app folder are skipped.
 */
export function postmortemPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && isPostmortemPath(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}

export interface FileHandoffTarget {
  send(channel: string, ...args: unknown[]): void;
}

export interface FileHandoff {
  /** Files arrived from outside. */
  receive(paths: readonly string[]): void;
  /** The renderer attached its listener: flush the queue to it and send later files straight away. */
  attach(target: FileHandoffTarget): void;
  /** The renderer is reloading or gone: queue again until it re-attaches. */
  detach(): void;
  /** Resolves when every file received so far has been read and sent (for tests and shutdown). */
  settled(): Promise<void>;
}

export function createFileHandoff(readOpenedFile: ReadOpenedFile): FileHandoff {
  let pending: string[] = [];
  let target: FileHandoffTarget | null = null;
  let inFlight: Promise<void> = Promise.resolve();

  async function readAll(paths: readonly string[]): Promise<OpenedFile[]> {
    const results = await Promise.allSettled(paths.map((path) => readOpenedFile(path)));
    return results.flatMap((result, index) => {
      if (result.status === 'fulfilled') return [result.value];
      console.error(`Could not open ${paths[index]}`, result.reason);
      return [];
    });
  }

  function flush(): void {
    if (target === null || pending.length === 0) return;
    const to = target;
    const paths = pending;
    pending = [];
    inFlight = inFlight.then(async () => {
      const files = await readAll(paths);
      if (files.length > 0) to.send(IPC_CHANNELS.openFiles, files);
    });
  }

  return {
    receive(paths) {
      pending.push(...paths.filter(isPostmortemPath));
      flush();
    },
    attach(next) {
      target = next;
      flush();
    },
    detach() {
      target = null;
    },
    settled: () => inFlight,
  };
}
