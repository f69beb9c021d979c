/** Reads the tracker live and builds the dashboard for the current filters. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  buildStatusHistories,
  chartDashboard,
  scopeDashboard,
  summarizeDashboard,
  type DashboardCharts,
  type DashboardInput,
  type DashboardScope,
  type DashboardSummary,
} from '../../../shared/insights';
import { listIncidents, listThemes, loadAllItems, loadStatusChanges } from '../../db';
import { localDate } from '../items/format';
import type { DashboardView } from './dashboard-filters';

/**
 * Everything the dashboard draws from. Of the events, only the status changes: all the status
 * replay needs, without reading every item's creation and every other edit. They come grouped
 * by item in the items' order, which the replay walks together.
 */
export async function loadDashboardInput(): Promise<DashboardInput> {
  const [incidents, items, events, themes] = await Promise.all([listIncidents(), loadAllItems(), loadStatusChanges(), listThemes()]);
  return { incidents, items, events, themes };
}

/** Undefined while the first read is in flight. */
export function useDashboardInput(): DashboardInput | undefined {
  return useLiveQuery(loadDashboardInput, []);
}

export interface LiveDashboard {
  summary: DashboardSummary;
  /** The charts' figures, computed on the first call (after the first screen is drawn) and kept. */
  charts(): DashboardCharts;
}

/** The first screen's figures now; the charts' when first asked for. */
export function liveDashboard(scope: DashboardScope): LiveDashboard {
  let charts: DashboardCharts | undefined;
  return { summary: summarizeDashboard(scope), charts: () => (charts ??= chartDashboard(scope)) };
}

export function useDashboard(input: DashboardInput | undefined, view: DashboardView): LiveDashboard | undefined {
  // Histories depend on the data only, so changing a filter does not rebuild them.
  const histories = useMemo(() => input && buildStatusHistories(input.items, input.events, input.incidents), [input]);
  return useMemo(() => {
    if (!input || !histories) return undefined;
    const now = new Date();
    return liveDashboard(scopeDashboard(input, view.filters, now, { histories, interval: view.interval ?? undefined, today: localDate(now) }));
  }, [input, histories, view]);
}
