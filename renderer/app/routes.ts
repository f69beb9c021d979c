import type { ComponentType } from 'react';
import DashboardPage from '../features/dashboard/DashboardPage';
import IncidentsPage from '../features/incidents/IncidentsPage';
import ActionItemsPage from '../features/items/ActionItemsPage';
import ReportsPage from '../features/reports/ReportsPage';
import ReviewPage from '../features/review/ReviewPage';
import SettingsPage from '../features/settings/SettingsPage';
import {
  ActionItemsIcon,
  DashboardIcon,
  IncidentsIcon,
  ReportsIcon,
  ReviewIcon,
  SettingsIcon,
  type IconComponent,
} from '../ui/icons';

/**
 * A page in the sidebar. To add one, write `renderer/features/<feature>/<Feature>Page.tsx`
 * with a default-exported component and add an entry here. A page owns every path
 * under its own (`/incidents/abc` renders IncidentsPage, which reads the rest from useRoute()).
 */
export interface PageRoute {
  path: `/${string}`;
  /** Sidebar label, and the window title while the page shows. */
  title: string;
  icon: IconComponent;
  component: ComponentType;
  /** The second key of its "g <key>" go-to shortcut. */
  goKey: string;
  /** Pages in the footer group sit apart, at the bottom of the sidebar. */
  group: 'main' | 'footer';
}

export const PAGE_ROUTES: readonly PageRoute[] = [
  { path: '/incidents', title: 'Incidents', icon: IncidentsIcon, component: IncidentsPage, goKey: 'i', group: 'main' },
  { path: '/items', title: 'Action items', icon: ActionItemsIcon, component: ActionItemsPage, goKey: 'a', group: 'main' },
  { path: '/dashboard', title: 'Dashboard', icon: DashboardIcon, component: DashboardPage, goKey: 'd', group: 'main' },
  { path: '/review', title: 'Review', icon: ReviewIcon, component: ReviewPage, goKey: 'r', group: 'main' },
  { path: '/reports', title: 'Reports', icon: ReportsIcon, component: ReportsPage, goKey: 'p', group: 'main' },
  { path: '/settings', title: 'Settings', icon: SettingsIcon, component: SettingsPage, goKey: 's', group: 'footer' },
];

/** Where the app starts: the first-run screen, or Incidents once there is data. */
export const HOME_PATH = '/';
export const DEFAULT_PAGE_PATH = '/incidents';

/** The page that owns `path`: its own path or anything below it. */
export function findPageRoute(path: string, routes: readonly PageRoute[] = PAGE_ROUTES): PageRoute | undefined {
  return routes.find((route) => path === route.path || path.startsWith(`${route.path}/`));
}
