/**
 * The wiring in electron/main.ts, over a fake `electron` module: single-instance lock,
 * what is registered at start-up, which URL loads, and files from a second launch
 * reaching the renderer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_METHODS, IPC_CHANNELS } from '../../../shared/ipc';

type Listener = (...args: unknown[]) => unknown;

function fakeElectron(options: { lock: boolean; isPackaged: boolean; userData: string }) {
  const appListeners = new Map<string, Listener>();
  const ipcListeners = new Map<string, Listener>();
  const windows: FakeBrowserWindow[] = [];

  class FakeWebContents {
    readonly listeners = new Map<string, Listener>();
    readonly send = vi.fn();
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
  }

  class FakeBrowserWindow {
    static getFocusedWindow = () => null;
    readonly webContents = new FakeWebContents();
    readonly listeners = new Map<string, Listener>();
    readonly loadURL = vi.fn(async () => undefined);
    readonly focus = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    once = this.on;
    show() {}
    maximize() {}
    isMaximized = () => false;
    isMinimized = () => false;
    restore() {}
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
  }

  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const electron = {
    app: {
      isPackaged: options.isPackaged,
      requestSingleInstanceLock: vi.fn(() => options.lock),
      quit: vi.fn(),
      exit: vi.fn(),
      isReady: () => true,
      whenReady: () => whenReady,
      getPath: () => options.userData,
      getVersion: () => '0.1.0',
      on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => ipcListeners.set(channel, listener)),
      on: vi.fn((channel: string, listener: Listener) => ipcListeners.set(channel, listener)),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn() },
  };
  return { electron, appListeners, ipcListeners, windows, ready, whenReady, FakeWebContents };
}

let folder: string;
const savedArgv = process.argv;
const savedRendererUrl = process.env['ELECTRON_RENDERER_URL'];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'followthrough-main-'));
  process.argv = ['/opt/Followthrough/followthrough'];
  vi.resetModules();
});

afterEach(() => {
  process.argv = savedArgv;
  if (savedRendererUrl === undefined) delete process.env['ELECTRON_RENDERER_URL'];
  else process.env['ELECTRON_RENDERER_URL'] = savedRendererUrl;
  vi.doUnmock('electron');
  rmSync(folder, { recursive: true, force: true });
});

async function startMain(options: { lock?: boolean; isPackaged?: boolean } = {}) {
  const fake = fakeElectron({ lock: options.lock ?? true, isPackaged: options.isPackaged ?? true, userData: folder });
  vi.doMock('electron', () => fake.electron);
  await import('../../../electron/main');
  fake.ready();
  await fake.whenReady;
  await new Promise((resolve) => setTimeout(resolve, 0));
  return fake;
}

describe('electron/main.ts', () => {
  it('quits at once when another instance holds the lock', async () => {
    const fake = await startMain({ lock: false });
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('registers the app:// scheme, permissions, IPC, menu and one secure window in production', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    const fake = await startMain({ isPackaged: true });
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect([...fake.ipcListeners.keys()].sort()).toEqual([...INVOKE_METHODS.map((m) => IPC_CHANNELS[m]), IPC_CHANNELS.readyForFiles].sort());
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    // A packaged app ignores ELECTRON_RENDERER_URL.
    expect(window?.loadURL).toHaveBeenCalledWith('app://app/index.html');
    const preferences = window?.options['webPreferences'] as Record<string, unknown>;
    expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    // out/main/index.js → out/preload/index.cjs, the preload bundle electron.vite.config.ts writes.
    expect(String(preferences['preload']).replaceAll('\\', '/')).toMatch(/\/preload\/index\.cjs$/);
  });

  it('loads the electron-vite dev server in development', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    const fake = await startMain({ isPackaged: false });
    expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('guards every webContents the app creates', async () => {
    const fake = await startMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(['will-navigate', 'will-redirect', 'will-attach-webview']);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('forwards postmortem files from a second launch to the renderer once it is listening', async () => {
    const fake = await startMain();
    const file = join(folder, 'outage.md');
    writeFileSync(file, '# Outage');

    fake.appListeners.get('second-instance')?.({}, ['/opt/Followthrough/followthrough', '--flag', 'outage.md'], folder);
    expect(fake.windows[0]?.focus).toHaveBeenCalled();

    const renderer = new fake.FakeWebContents();
    fake.ipcListeners.get(IPC_CHANNELS.readyForFiles)?.({ senderFrame: { url: 'app://app/index.html' }, sender: renderer });
    await vi.waitFor(() => expect(renderer.send).toHaveBeenCalled());
    const [channel, files] = renderer.send.mock.calls[0] as [string, { name: string; bytes: Uint8Array }[]];
    expect(channel).toBe(IPC_CHANNELS.openFiles);
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['outage.md', '# Outage']]);
  });

  it('sends files from the command line to the app window only, never to a foreign frame', async () => {
    const file = join(folder, 'argv.md');
    writeFileSync(file, '# From argv');
    process.argv = ['/opt/Followthrough/followthrough', file];
    const fake = await startMain();
    const stranger = new fake.FakeWebContents();
    fake.ipcListeners.get(IPC_CHANNELS.readyForFiles)?.({ senderFrame: { url: 'https://evil.example/' }, sender: stranger });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stranger.send).not.toHaveBeenCalled();

    const renderer = new fake.FakeWebContents();
    fake.ipcListeners.get(IPC_CHANNELS.readyForFiles)?.({ senderFrame: { url: 'app://app/index.html' }, sender: renderer });
    await vi.waitFor(() => expect(renderer.send).toHaveBeenCalledWith(IPC_CHANNELS.openFiles, [expect.objectContaining({ name: 'argv.md' })]));
  });
});
