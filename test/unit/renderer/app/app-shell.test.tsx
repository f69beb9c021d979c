import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand, OpenedFile } from '../../../../shared/ipc';
import { App } from '../../../../renderer/app/App';
import { useThemeStore } from '../../../../renderer/stores/theme';
import { useToastStore } from '../../../../renderer/stores/toasts';
import { fakeFirstRunActions, fakePlatform } from '../fakes';

function fakeShellPlatform() {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const fileListeners = new Set<(files: OpenedFile[]) => void>();
  const platform = fakePlatform({
    openPostmortems: vi.fn(async () => [{ name: 'outage.md', bytes: new Uint8Array() }]),
    onMenuCommand(listener: (command: MenuCommand) => void) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    onOpenFiles(listener: (files: OpenedFile[]) => void) {
      fileListeners.add(listener);
      return () => fileListeners.delete(listener);
    },
  });
  return {
    platform,
    sendMenuCommand: (command: MenuCommand) => act(() => menuListeners.forEach((l) => l(command))),
    openFiles: (files: OpenedFile[]) => act(() => fileListeners.forEach((l) => l(files))),
  };
}

const fakeActions = (hasData: boolean) => fakeFirstRunActions({ useHasData: () => hasData });

beforeEach(() => {
  window.history.replaceState(null, '', '#/');
  localStorage.clear();
  useThemeStore.setState({ preference: 'system' });
  useToastStore.setState({ toasts: [] });
});

afterEach(cleanup);

describe('App shell', () => {
  it('shows the first-run screen without data and hands picked files to the import flow', async () => {
    const { platform } = fakeShellPlatform();
    const actions = fakeActions(false);
    render(<App platform={platform} firstRunActions={actions} />);
    screen.getByRole('heading', { level: 1, name: 'Welcome to Followthrough' });
    await act(async () => {
      fireEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Import postmortems…' }));
    });
    expect(actions.importFiles).toHaveBeenCalledWith([{ name: 'outage.md', bytes: new Uint8Array() }]);
    fireEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Load sample postmortems' }));
    expect(actions.loadSamples).toHaveBeenCalledOnce();
  });

  it('goes from the start route to Incidents once there is data', async () => {
    render(<App platform={fakeShellPlatform().platform} firstRunActions={fakeActions(true)} />);
    await screen.findByRole('heading', { level: 1, name: 'Incidents' });
    expect(window.location.hash).toBe('#/incidents');
  });

  it('renders the page the hash names, marks it in the sidebar and titles the window', async () => {
    window.history.replaceState(null, '', '#/reports');
    render(<App platform={fakeShellPlatform().platform} firstRunActions={fakeActions(false)} />);
    await screen.findByRole('heading', { level: 1, name: 'Reports' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Reports' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Incidents' }).getAttribute('aria-current')).toBeNull();
    expect(document.title).toBe('Reports · Followthrough');
    await act(async () => {
      window.location.hash = '#/nowhere';
      await new Promise((r) => setTimeout(r, 0));
    });
    screen.getByRole('heading', { level: 1, name: 'Not found' });
  });

  it('answers menu commands: dark mode toggle, export, about', async () => {
    const { platform, sendMenuCommand } = fakeShellPlatform();
    render(<App platform={platform} firstRunActions={fakeActions(false)} />);
    expect(document.documentElement.dataset.theme).toBe('light');
    sendMenuCommand('toggle-dark-mode');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(useThemeStore.getState().preference).toBe('dark');
    expect(platform.setThemePreference).toHaveBeenLastCalledWith('dark');
    sendMenuCommand('export-report');
    await screen.findByRole('heading', { level: 1, name: 'Reports' });
    sendMenuCommand('about');
    const about = screen.getByRole('dialog', { name: 'About Followthrough' });
    await within(about).findByText('1.2.3');
  });

  it('sends files from the OS or a drop to the import flow', () => {
    const { platform, openFiles } = fakeShellPlatform();
    const actions = fakeActions(false);
    render(<App platform={platform} firstRunActions={actions} />);
    openFiles([{ name: 'from-finder.html', bytes: new Uint8Array([60]) }]);
    expect(actions.importFiles).toHaveBeenCalledWith([{ name: 'from-finder.html', bytes: new Uint8Array([60]) }]);
  });

  it('switches and remembers the theme from Settings', () => {
    window.history.replaceState(null, '', '#/settings');
    render(<App platform={fakeShellPlatform().platform} firstRunActions={fakeActions(false)} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(JSON.parse(localStorage.getItem('followthrough.theme') ?? '{}')).toMatchObject({ state: { preference: 'dark' } });
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Dark' }), { key: 'ArrowRight' });
    expect(screen.getByRole('radio', { name: 'System' }).getAttribute('aria-checked')).toBe('true');
  });

  it('collapses the sidebar to icons and keeps the links named', () => {
    render(<App platform={fakeShellPlatform().platform} firstRunActions={fakeActions(false)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse sidebar' }));
    screen.getByRole('button', { name: 'Expand sidebar' });
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Incidents',
      'Action items',
      'Dashboard',
      'Review',
      'Reports',
      'Settings',
    ]);
  });
});
