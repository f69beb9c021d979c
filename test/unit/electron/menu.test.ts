import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu';
import type { MenuCommand } from '../../../shared/ipc';

function template(platform: NodeJS.Platform = 'linux', isDevelopment = false) {
  const sent: MenuCommand[] = [];
  const menu = buildMenuTemplate({ platform, isDevelopment, sendCommand: (command) => void sent.push(command) });
  return { menu, sent };
}

function submenu(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const top = menu.find((item) => item.label === label || item.role === label);
  if (!top || !Array.isArray(top.submenu)) throw new Error(`No ${label} menu`);
  return top.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  if (!found) throw new Error(`No ${label} item`);
  return found;
}

const roles = (items: MenuItemConstructorOptions[]) => items.flatMap((entry) => (entry.role ? [entry.role] : []));

function click(entry: MenuItemConstructorOptions): void {
  const handler = entry.click as unknown as () => void;
  handler();
}

describe('native menu', () => {
  it('has File, Edit, View and Help in that order (plus the app menu on macOS)', () => {
    expect(template('linux').menu.map((entry) => entry.label ?? entry.role)).toEqual(['File', 'Edit', 'View', 'help']);
    expect(template('darwin').menu.map((entry) => entry.label ?? entry.role)).toEqual(['Followthrough', 'File', 'Edit', 'View', 'help']);
  });

  it.each([
    ['Import postmortems…', 'CmdOrCtrl+O', 'import-postmortems'],
    ['Export report…', 'CmdOrCtrl+E', 'export-report'],
    ['Back up…', undefined, 'backup'],
    ['Restore…', undefined, 'restore'],
  ] as const)('File › %s (%s) sends %s to the renderer', (label, accelerator, command) => {
    const { menu, sent } = template();
    const entry = item(submenu(menu, 'File'), label);
    expect(entry.accelerator).toBe(accelerator);
    click(entry);
    expect(sent).toEqual([command]);
  });

  it('ends File with Quit on Windows and Linux, and keeps Quit in the app menu on macOS', () => {
    expect(roles(submenu(template('win32').menu, 'File'))).toEqual(['quit']);
    expect(roles(submenu(template('darwin').menu, 'File'))).toEqual(['close']);
    expect(roles(submenu(template('darwin').menu, 'Followthrough'))).toContain('quit');
  });

  it('offers the standard Edit roles', () => {
    expect(roles(submenu(template().menu, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers zoom, full screen and dark mode, without reload or dev tools in production', () => {
    const { menu, sent } = template('linux', false);
    const view = submenu(menu, 'View');
    expect(roles(view)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    click(item(view, 'Toggle dark mode'));
    expect(sent).toEqual(['toggle-dark-mode']);
  });

  it('adds reload and dev tools in development', () => {
    expect(roles(submenu(template('linux', true).menu, 'View'))).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
  });

  it('Help › About sends about', () => {
    const { menu, sent } = template();
    click(item(submenu(menu, 'help'), 'About Followthrough'));
    expect(sent).toEqual(['about']);
  });

  it('does nothing until clicked', () => {
    const sendCommand = vi.fn();
    buildMenuTemplate({ platform: 'linux', isDevelopment: false, sendCommand });
    expect(sendCommand).not.toHaveBeenCalled();
  });
});
