import { describe, expect, it, vi } from 'vitest';
import { createOpenedFileReader } from '../../../electron/opened-file';
import { MAX_TRANSFER_BYTES } from '../../../shared/ipc';

function reader(size: number, isFile = true) {
  const readFile = vi.fn(async () => new Uint8Array([104, 105]));
  return { read: createOpenedFileReader({ stat: async () => ({ size, isFile: () => isFile }), readFile }), readFile };
}

describe('createOpenedFileReader', () => {
  it('reads a file into its base name and bytes', async () => {
    const { read } = reader(2);
    await expect(read('/home/me/postmortems/github-2018.md')).resolves.toEqual({
      name: 'github-2018.md',
      bytes: new Uint8Array([104, 105]),
    });
  });

  it('refuses a file too large to cross IPC without reading it', async () => {
    const { read, readFile } = reader(MAX_TRANSFER_BYTES + 1);
    await expect(read('/tmp/huge.json')).rejects.toThrow(/"huge.json" is 101 MB; files over 100 MB cannot be opened/);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a folder', async () => {
    const { read } = reader(0, false);
    await expect(read('/tmp/folder.md')).rejects.toThrow(/not a file/);
  });
});
