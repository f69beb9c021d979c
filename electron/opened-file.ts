/** Reads a file the user or the OS picked into an `OpenedFile`, refusing what cannot cross IPC. */
import { basename } from 'node:path';
import { MAX_TRANSFER_BYTES, type OpenedFile } from '../shared/ipc';

export interface FileReadDeps {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export type ReadOpenedFile = (path: string) => Promise<OpenedFile>;

export function createOpenedFileReader(deps: FileReadDeps): ReadOpenedFile {
  return async (path) => {
    const name = basename(path);
    const info = await deps.stat(path);
    if (!info.isFile()) throw new Error(`"${name}" is not a file.`);
    if (info.size > MAX_TRANSFER_BYTES) {
      throw new Error(`"${name}" is ${Math.ceil(info.size / 1024 / 1024)} MB; files over ${MAX_TRANSFER_BYTES / 1024 / 1024} MB cannot be opened.`);
    }
    return { name, bytes: await deps.readFile(path) };
  };
}
