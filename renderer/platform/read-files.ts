import type { OpenedFile } from '../../shared/ipc';

/** Reads browser `File`s (from a file input or a drop) as raw bytes, in order. */
export function readFiles(files: Iterable<Pick<File, 'name' | 'arrayBuffer'>>): Promise<OpenedFile[]> {
  return Promise.all(
    Array.from(files, async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}
