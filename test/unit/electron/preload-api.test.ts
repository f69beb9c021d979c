import { describe, expect, it, vi } from 'vitest';
import { createPreloadApi, type PreloadIpc } from '../../../electron/preload-api';
import { IPC_CHANNELS, INVOKE_METHODS, type PreloadApi } from '../../../shared/ipc';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => 'answer'),
    send: vi.fn(),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies PreloadIpc;
  // What ipcRenderer hands a listener: an event whose `sender` is ipcRenderer itself.
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipc, ports: [] }, payload);
  };
  return { ipc, emit, listeners };
}

const EXPECTED_KEYS: (keyof PreloadApi)[] = [
  'getVersion',
  'onMenuCommand',
  'onOpenFiles',
  'openBackup',
  'openExternal',
  'openPostmortems',
  'printToPdf',
  'saveFile',
  'setThemePreference',
];

describe('createPreloadApi', () => {
  it('exposes exactly the PreloadApi functions and nothing else', () => {
    const api = createPreloadApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual(EXPECTED_KEYS);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each([
    ['openPostmortems', []],
    ['openBackup', []],
    ['saveFile', [{ suggestedName: 'report.md', data: '# Report', filters: [] }]],
    ['printToPdf', [{ html: '<p>x</p>', suggestedName: 'report.pdf' }]],
    ['openExternal', ['https://example.com/']],
    ['setThemePreference', ['dark']],
    ['getVersion', []],
  ] as const)('%s invokes its own channel with its arguments', async (method, args) => {
    const { ipc } = fakeIpc();
    const api = createPreloadApi(ipc) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    await expect(api[method]?.(...args)).resolves.toBe('answer');
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_CHANNELS[method], ...args);
  });

  it('covers every invoke method of the contract', () => {
    const api = createPreloadApi(fakeIpc().ipc);
    for (const method of INVOKE_METHODS) expect(api).toHaveProperty(method);
  });

  it('hands menu listeners only the command, never the IPC event', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createPreloadApi(ipc).onMenuCommand(listener);
    emit(IPC_CHANNELS.menuCommand, 'export-report');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual(['export-report']);
  });

  it('unsubscribes a listener', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const listener = vi.fn();
    const unsubscribe = createPreloadApi(ipc).onMenuCommand(listener);
    expect(unsubscribe()).toBeUndefined();
    emit(IPC_CHANNELS.menuCommand, 'about');
    expect(listener).not.toHaveBeenCalled();
    expect(listeners.get(IPC_CHANNELS.menuCommand)?.size).toBe(0);
  });

  it('tells the main process it is ready for files once a files listener is attached', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createPreloadApi(ipc).onOpenFiles(listener);
    expect(ipc.send).toHaveBeenCalledWith(IPC_CHANNELS.readyForFiles);
    const files = [{ name: 'a.md', bytes: new Uint8Array([35]) }];
    emit(IPC_CHANNELS.openFiles, files);
    expect(listener.mock.calls[0]).toEqual([files]);
  });
});
