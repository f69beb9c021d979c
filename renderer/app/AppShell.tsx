import { useCallback, useEffect, useRef, useState } from 'react';
import { ToastRegion } from '../ui/ToastRegion';
import { AboutDialog } from './AboutDialog';
import { ConnectionBanner } from './ConnectionBanner';
import { useGlobalCommands, type ShellDialog } from './global-commands';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { useRoute } from './router';
import { findPageRoute, HOME_PATH } from './routes';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { useApplyTheme } from './theme';
import './app.css';

/** The window: sidebar, the current page, notifications and the shell's dialogs. */
export function AppShell() {
  const route = useRoute();
  const page = findPageRoute(route.path);
  const mainRef = useRef<HTMLElement>(null);
  const [dialog, setDialog] = useState<ShellDialog | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);

  useApplyTheme();
  useGlobalCommands(setDialog);
  // Declared after every listener above, so it runs after them: tests wait for it before pressing keys.
  useEffect(() => {
    document.documentElement.dataset.commandsReady = 'true';
  }, []);

  useEffect(() => {
    document.title = page ? `${page.title} · Followthrough` : 'Followthrough';
    if (mainRef.current) mainRef.current.scrollTop = 0;
  }, [page]);

  let content;
  if (page) {
    const Page = page.component;
    content = <Page key={page.path} />;
  } else if (route.path === HOME_PATH) {
    content = <HomePage />;
  } else {
    content = <NotFoundPage path={route.path} />;
  }

  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        Skip to content
      </button>
      <Sidebar activePath={page?.path} onShowShortcuts={() => setDialog('shortcuts')} />
      <main ref={mainRef} id="main-content" className="main" tabIndex={-1}>
        <div className="page">{content}</div>
      </main>
      <ConnectionBanner />
      <ToastRegion />
      <AboutDialog open={dialog === 'about'} onClose={closeDialog} />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={closeDialog} />
    </div>
  );
}
