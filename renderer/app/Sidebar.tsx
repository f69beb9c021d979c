import type { KeyboardEvent } from 'react';
import { useAppVersion } from '../platform/use-app-version';
import { useSidebarStore } from '../stores/sidebar';
import { Button, IconButton } from '../ui/Button';
import { CollapseIcon, ExpandIcon, ImportIcon, KeyboardIcon, LogoMark } from '../ui/icons';
import { useImportPostmortems } from './first-run-actions';
import { formatHash } from './router';
import { HOME_PATH, PAGE_ROUTES, type PageRoute } from './routes';
import './sidebar.css';

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/** Arrow keys, Home and End move focus between the sidebar's links (Tab still works too). */
function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>) {
  if (!NAV_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.nav-link'));
  if (links.length === 0) return;
  event.preventDefault();
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? links.length - 1
        : (current + (event.key === 'ArrowDown' ? 1 : -1) + links.length) % links.length;
  links[next]?.focus();
}

function NavLink({ route, active, collapsed }: { route: PageRoute; active: boolean; collapsed: boolean }) {
  const Icon = route.icon;
  return (
    <li>
      <a
        href={formatHash(route.path)}
        className="nav-link"
        aria-current={active ? 'page' : undefined}
        title={collapsed ? route.title : undefined}
      >
        <Icon />
        <span className={collapsed ? 'visually-hidden' : 'nav-link-label'}>{route.title}</span>
      </a>
    </li>
  );
}

export interface SidebarProps {
  activePath: string | undefined;
  onShowShortcuts(): void;
}

export function Sidebar({ activePath, onShowShortcuts }: SidebarProps) {
  const collapsed = useSidebarStore((state) => state.collapsed);
  const toggleCollapsed = useSidebarStore((state) => state.toggleCollapsed);
  const importPostmortems = useImportPostmortems();
  const version = useAppVersion();
  const link = (route: PageRoute) => (
    <NavLink key={route.path} route={route} active={route.path === activePath} collapsed={collapsed} />
  );

  return (
    <aside className={collapsed ? 'sidebar sidebar--collapsed' : 'sidebar'} aria-label="Sidebar">
      <a className="sidebar-brand" href={formatHash(HOME_PATH)} aria-label="Followthrough, start page">
        <LogoMark />
        {!collapsed && <span className="sidebar-brand-name">Followthrough</span>}
      </a>
      <div className="sidebar-action">
        {collapsed ? (
          <IconButton label="Import postmortems…" icon={ImportIcon} className="sidebar-import-icon" onClick={importPostmortems} />
        ) : (
          <Button icon={ImportIcon} className="sidebar-import" onClick={importPostmortems}>
            Import postmortems…
          </Button>
        )}
      </div>
      <nav className="sidebar-nav" aria-label="Main" onKeyDown={moveFocusWithArrows}>
        <ul className="nav-list">{PAGE_ROUTES.filter((r) => r.group === 'main').map(link)}</ul>
        <ul className="nav-list nav-list--footer">{PAGE_ROUTES.filter((r) => r.group === 'footer').map(link)}</ul>
      </nav>
      <div className="sidebar-footer">
        <IconButton
          label={collapsed ? 'Expand sidebar' : 'Collapse sidebar'}
          icon={collapsed ? ExpandIcon : CollapseIcon}
          onClick={toggleCollapsed}
        />
        {!collapsed && (
          <>
            <IconButton label="Keyboard shortcuts" icon={KeyboardIcon} onClick={onShowShortcuts} />
            {version && <span className="sidebar-version">v{version}</span>}
          </>
        )}
      </div>
    </aside>
  );
}
