/**
 * The Electron main process: wires the real Electron APIs into the tested modules.
 * Lifecycle, single-instance lock and file hand-off live here; logic lives in the modules.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc';
import { createFileHandoff, postmortemPathsFromArgv } from './file-handoff';
import { createIpcHandlers } from './ipc/handlers';
import { createPdfPrinter } from './ipc/print-to-pdf';
import { isTrustedSender, registerIpcHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { createOpenedFileReader } from './opened-file';
import { APP_SCHEME, rendererEntryUrl } from './origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createOpenLinkInBrowser, denyAllPermissions, guardWebContents } from './security';
import { createMainWindow } from './window';
import { createWindowStateFile, restoreWindowState } from './window-state';

const isDevelopment = !app.isPackaged;
const entryUrl = rendererEntryUrl(process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
const buildDir = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

const openLinkInBrowser = createOpenLinkInBrowser(shell);
const readOpenedFile = createOpenedFileReader({ stat, readFile });
const fileHandoff = createFileHandoff(readOpenedFile);
let mainWindow: BrowserWindow | null = null;

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

function openMainWindow(): void {
  const stateFile = createWindowStateFile({
    path: join(app.getPath('userData'), 'window-state.json'),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  });
  const window = createMainWindow({
    BrowserWindow,
    preloadPath,
    entryUrl,
    initialState: restoreWindowState(stateFile.load(), screen.getAllDisplays().map((display) => display.workArea)),
    darkBackground: nativeTheme.shouldUseDarkColors,
    saveState: (state) => stateFile.save(state),
  });
  // A reloading page has no listener until its preload re-attaches.
  window.webContents.on('did-start-loading', () => fileHandoff.detach());
  window.on('closed', () => {
    fileHandoff.detach();
    mainWindow = null;
  });
  mainWindow = window;
}

function focusMainWindow(): void {
  if (mainWindow === null) return openMainWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function dialogParent(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow;
}

function start(): void {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ buildDir, readFile }));

  const handlers = createIpcHandlers({
    showOpenDialog: (options) => {
      const parent = dialogParent();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const parent = dialogParent();
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    readOpenedFile,
    writeFile: (path, data) => writeFile(path, data),
    printHtmlToPdf: createPdfPrinter(BrowserWindow),
    openLinkInBrowser,
    setThemeSource: (preference) => {
      nativeTheme.themeSource = preference;
    },
    appVersion: app.getVersion(),
  });
  registerIpcHandlers(ipcMain, handlers, entryUrl);
  ipcMain.on(IPC_CHANNELS.readyForFiles, (event) => {
    if (isTrustedSender(event, entryUrl)) fileHandoff.attach(event.sender);
  });

  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isDevelopment, sendCommand: sendMenuCommand })));
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Followthrough is running: it receives our argv through 'second-instance'.
  app.quit();
} else {
  fileHandoff.receive(postmortemPathsFromArgv(process.argv, process.cwd()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    fileHandoff.receive(postmortemPathsFromArgv(argv, workingDirectory));
    focusMainWindow();
  });
  // macOS hands files over with 'open-file', possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    fileHandoff.receive([path]);
    if (app.isReady()) focusMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { entryUrl, openLinkInBrowser }));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && mainWindow === null) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Followthrough could not start', error);
      app.exit(1);
    });
}
