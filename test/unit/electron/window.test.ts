import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, type AppWindow } from '../../../electron/window';
import type { WindowState } from '../../../electron/window-state';

class FakeWindow implements AppWindow {
  static created: FakeWindow[] = [];
  readonly listeners = new Map<string, () => void>();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  maximized = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.created.push(this);
  }
  once(event: 'ready-to-show', listener: () => void) {
    this.listeners.set(event, listener);
  }
  on(event: 'close', listener: () => void) {
    this.listeners.set(event, listener);
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
}

function open(overrides: { maximized?: boolean; saveState?: (state: WindowState) => void } = {}) {
  return createMainWindow({
    BrowserWindow: FakeWindow,
    preloadPath: '/app/out/preload/index.cjs',
    entryUrl: 'app://app/index.html',
    initialState: { x: 5, y: 6, width: 1200, height: 800, maximized: overrides.maximized ?? false },
    darkBackground: false,
    saveState: overrides.saveState ?? (() => undefined),
  });
}

describe('createMainWindow', () => {
  it('creates the window with every Electron security setting', () => {
    const window = open();
    const prefs = window.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(prefs?.disableBlinkFeatures).toContain('Auxclick');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('partition');
  });

  it('titles the window, applies the remembered size and position, and stays hidden until ready', () => {
    const window = open();
    expect(window.options).toMatchObject({ title: 'Followthrough', x: 5, y: 6, width: 1200, height: 800, show: false });
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the renderer entry URL', () => {
    expect(open().loadURL).toHaveBeenCalledWith('app://app/index.html');
  });

  it('restores the maximized state', () => {
    expect(open({ maximized: true }).maximize).toHaveBeenCalledOnce();
    expect(open({ maximized: false }).maximize).not.toHaveBeenCalled();
  });

  it('remembers the normal bounds and maximized flag on close', () => {
    const saveState = vi.fn();
    const window = open({ saveState });
    window.maximized = true;
    window.listeners.get('close')?.();
    expect(saveState).toHaveBeenCalledWith({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
  });
});
