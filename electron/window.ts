/**
 * The one BrowserWindow factory. Every window that shows the app is created here with the
 * full set of Electron's security settings.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE, type InitialWindowState, type Rectangle, type WindowState } from './window-state';

/** The part of `BrowserWindow` the factory uses. */
export interface AppWindow {
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  show(): void;
  maximize(): void;
  isMaximized(): boolean;
  getNormalBounds(): Rectangle;
}

export interface MainWindowDeps<W extends AppWindow> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  /** Absolute path of the built preload bundle (out/preload/index.cjs). */
  preloadPath: string;
  entryUrl: string;
  initialState: InitialWindowState;
  /** Paints the window before the renderer does, so a dark OS theme gets no white flash. */
  darkBackground: boolean;
  saveState(state: WindowState): void;
}

export function createMainWindow<W extends AppWindow>(deps: MainWindowDeps<W>): W {
  const { BrowserWindow, initialState } = deps;
  const window = new BrowserWindow({
    title: 'Followthrough',
    x: initialState.x,
    y: initialState.y,
    width: initialState.width,
    height: initialState.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: deps.darkBackground ? '#111418' : '#ffffff',
    webPreferences: {
      // Reviewed (Electronegativity flags every preload for review): it exposes only the PreloadApi
      // functions through contextBridge, never ipcRenderer or an event (test/unit/electron/preload-api.test.ts).
      preload: deps.preloadPath, // eng-disable PRELOAD_JS_CHECK
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
      safeDialogs: true,
      // Middle-click (auxclick) could otherwise open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (initialState.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => deps.saveState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  window.loadURL(deps.entryUrl).catch((error: unknown) => console.error(`Could not load ${deps.entryUrl}`, error));
  return window;
}
