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
import { listIncidents, listThemes, loadAllEventsByItem, loadAllItems } from '../../db';
import type { DashboardView } from './dashboard-filters';

async function loadDashboardInput(): Promise<DashboardInput> {
  // Items come in id order and events grouped by item in the same order, which the status replay walks together.
  const [incidents, items, events, themes] = await Promise.all([listIncidents(), loadAllItems(), loadAllEventsByItem(), listThemes()]);
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
    return liveDashboard(scopeDashboard(input, view.filters, new Date(), { histories, interval: view.interval ?? undefined }));
  }, [input, histories, view]);
}
