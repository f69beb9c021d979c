/**
 * The native menu. App-specific items send a `MenuCommand` to the renderer, which owns
 * the flows (import, export, backup, restore, theme, about); the rest are Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only in development. */
  isDevelopment: boolean;
  sendCommand(command: MenuCommand): void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.sendCommand(menuCommand),
  });
  const about = command('About Followthrough', 'about');

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Followthrough',
          submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Import postmortems…', 'import-postmortems', 'CmdOrCtrl+O'),
      command('Export report…', 'export-report', 'CmdOrCtrl+E'),
      { type: 'separator' },
      command('Back up…', 'backup'),
      command('Restore…', 'restore'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };

  const development: MenuItemConstructorOptions[] = options.isDevelopment
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      command('Toggle dark mode', 'toggle-dark-mode', 'CmdOrCtrl+Shift+D'),
    ],
  };

  const help: MenuItemConstructorOptions = { role: 'help', submenu: [about] };
  return [...appMenu, file, edit, view, help];
}
