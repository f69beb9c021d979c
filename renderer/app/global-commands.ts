import { useEffect, useMemo } from 'react';
import { usePlatform } from '../platform/PlatformProvider';
import { useSidebarStore } from '../stores/sidebar';
import { useThemeStore } from '../stores/theme';
import { showToast } from '../stores/toasts';
import { useShortcuts, type Shortcut } from '../ui/shortcuts';
import { useFirstRunActions, useImportPostmortems } from './first-run-actions';
import { useMenuCommand } from './menu-commands';
import { navigate } from './router';
import { PAGE_ROUTES } from './routes';
import { useResolvedTheme } from './theme';

export type ShellDialog = 'about' | 'shortcuts';

/** App-wide keyboard shortcuts, menu commands and files handed over by the OS or a drop. */
export function useGlobalCommands(openDialog: (dialog: ShellDialog) => void): void {
  const platform = usePlatform();
  const { importFiles } = useFirstRunActions();
  const importPostmortems = useImportPostmortems();
  const toggleSidebar = useSidebarStore((state) => state.toggleCollapsed);
  const setThemePreference = useThemeStore((state) => state.setPreference);
  const theme = useResolvedTheme();

  const shortcuts = useMemo<Shortcut[]>(
    () => [
      ...PAGE_ROUTES.map((route) => ({
        keys: `g ${route.goKey}`,
        description: `Go to ${route.title}`,
        group: 'Navigation',
        run: () => navigate(route.path),
      })),
      { keys: '?', description: 'Show keyboard shortcuts', group: 'General', run: () => openDialog('shortcuts') },
      { keys: 'mod+\\', description: 'Collapse or expand the sidebar', group: 'General', run: toggleSidebar },
    ],
    [openDialog, toggleSidebar],
  );
  useShortcuts(shortcuts);

  useMenuCommand('import-postmortems', () => void importPostmortems());
  useMenuCommand('export-report', () => navigate('/reports'));
  useMenuCommand('backup', () => navigate('/settings'));
  useMenuCommand('restore', () => navigate('/settings'));
  useMenuCommand('toggle-dark-mode', () => setThemePreference(theme === 'dark' ? 'light' : 'dark'));
  useMenuCommand('about', () => openDialog('about'));

  useEffect(
    () =>
      platform.onOpenFiles((files) => {
        Promise.resolve(importFiles(files)).catch((error: unknown) =>
          showToast({ tone: 'error', title: 'Could not import postmortems', description: String(error) }),
        );
      }),
    [platform, importFiles],
  );
}
