/** Reads the tracker live and builds the dashboard for the current filters. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildDashboard, buildStatusHistories, type Dashboard, type DashboardInput } from '../../../shared/insights';
import { eventsSince, listIncidentsWithProgress, listThemes, loadAllItems } from '../../db';
import type { DashboardView } from './dashboard-filters';

async function loadDashboardInput(): Promise<DashboardInput> {
  const [progress, items, events, themes] = await Promise.all([
    listIncidentsWithProgress(),
    loadAllItems(),
    eventsSince(''),
    listThemes(),
  ]);
  return { incidents: progress.map((entry) => entry.incident), items, events, themes };
}

/** Undefined while the first read is in flight. */
export function useDashboardInput(): DashboardInput | undefined {
  return useLiveQuery(loadDashboardInput, []);
}

export function useDashboard(input: DashboardInput | undefined, view: DashboardView): Dashboard | undefined {
  // Histories depend on the data only, so changing a filter does not rebuild them.
  const histories = useMemo(() => input && buildStatusHistories(input.items, input.events, input.incidents), [input]);
  return useMemo(() => {
    if (!input || !histories) return undefined;
    return buildDashboard(input, view.filters, new Date(), { histories, interval: view.interval ?? undefined });
  }, [input, histories, view]);
}
