import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileHandoff, postmortemPathsFromArgv } from '../../../electron/file-handoff';
import { IPC_CHANNELS, type OpenedFile } from '../../../shared/ipc';

describe('postmortemPathsFromArgv', () => {
  it('keeps postmortem files, resolved against the working directory', () => {
    const argv = ['/opt/Followthrough/followthrough', '--no-sandbox', 'incident.md', '/abs/outage.HTML', 'notes.pdf', '.'];
    expect(postmortemPathsFromArgv(argv, '/home/me')).toEqual([resolve('/home/me', 'incident.md'), '/abs/outage.HTML']);
  });

  it('skips the app folder and Chromium switches of a second instance (development argv)', () => {
    const argv = ['/usr/lib/electron/electron', '.', '--allow-file-access-from-files', '--original-process-start-time=1', 'status.json'];
    expect(postmortemPathsFromArgv(argv, '/w')).toEqual([join('/w', 'status.json')]);
  });
});

function setup(failing: string[] = []) {
  const readOpenedFile = vi.fn(async (path: string): Promise<OpenedFile> => {
    if (failing.includes(path)) throw new Error('ENOENT');
    return { name: path.split('/').pop() ?? path, bytes: new Uint8Array([1]) };
  });
  const handoff = createFileHandoff(readOpenedFile);
  const target = { send: vi.fn() };
  return { handoff, target, readOpenedFile };
}

describe('createFileHandoff', () => {
  it('queues files until the renderer attaches, then sends them in one batch', async () => {
    const { handoff, target, readOpenedFile } = setup();
    handoff.receive(['/a/one.md', '/a/two.txt']);
    await handoff.settled();
    expect(readOpenedFile).not.toHaveBeenCalled();
    handoff.attach(target);
    await handoff.settled();
    expect(target.send).toHaveBeenCalledTimes(1);
    expect(target.send).toHaveBeenCalledWith(IPC_CHANNELS.openFiles, [
      { name: 'one.md', bytes: new Uint8Array([1]) },
      { name: 'two.txt', bytes: new Uint8Array([1]) },
    ]);
  });

  it('sends files straight away while the renderer is attached (a second launch)', async () => {
    const { handoff, target } = setup();
    handoff.attach(target);
    handoff.receive(['/b/three.html']);
    await handoff.settled();
    expect(target.send).toHaveBeenCalledWith(IPC_CHANNELS.openFiles, [{ name: 'three.html', bytes: new Uint8Array([1]) }]);
  });

  it('queues again after the renderer detaches (reload) and sends to the new listener', async () => {
    const { handoff, target } = setup();
    handoff.attach(target);
    handoff.detach();
    handoff.receive(['/c/four.md']);
    await handoff.settled();
    expect(target.send).not.toHaveBeenCalled();
    const reloaded = { send: vi.fn() };
    handoff.attach(reloaded);
    await handoff.settled();
    expect(reloaded.send).toHaveBeenCalledTimes(1);
  });

  it('ignores files that are not postmortems and skips unreadable ones', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { handoff, target } = setup(['/d/gone.md']);
    handoff.receive(['/d/gone.md', '/d/photo.png', '/d/ok.md']);
    handoff.attach(target);
    await handoff.settled();
    expect(target.send).toHaveBeenCalledWith(IPC_CHANNELS.openFiles, [{ name: 'ok.md', bytes: new Uint8Array([1]) }]);
    error.mockRestore();
  });

  it('sends nothing when no file could be read', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { handoff, target } = setup(['/e/gone.md']);
    handoff.attach(target);
    handoff.receive(['/e/gone.md']);
    await handoff.settled();
    expect(target.send).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
