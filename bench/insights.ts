/**
 * Dashboard aggregation at scale: 100,000 items from 5,000 incidents with their event
 * history, beside a single plain pass over the same items as the floor.
 */
import { buildDashboard, buildStatusHistories, scopeDashboard, summarizeDashboard, type Dashboard } from '../shared/insights';
import type { ActionItem } from '../shared/model';
import { generateDashboardInput, NOW } from './dashboard-data';
import type { BenchFigures } from './figures';

const ROUNDS = 5;
/** The floor takes a few milliseconds: more runs of it per round steady it. */
const FLOOR_RUNS_PER_ROUND = 6;

/**
 * Best-of-rounds wall time in milliseconds of each run, like bench/run.ts: rounds interleave
 * the runs so that load from other processes touches them alike, and the best is the least
 * disturbed by it.
 */
function bestTimes<Name extends string>(runs: Record<Name, { run: () => void; times?: number }>): Record<Name, number> {
  const best = Object.fromEntries(Object.keys(runs).map((name) => [name, Infinity])) as Record<Name, number>;
  for (let index = 0; index < ROUNDS; index += 1) {
    for (const name of Object.keys(runs) as Name[]) {
      const { run, times = 1 } = runs[name];
      for (let repeat = 0; repeat < times; repeat += 1) {
        const start = performance.now();
        run();
        best[name] = Math.min(best[name], performance.now() - start);
      }
    }
  }
  return best;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** The floor: one loop over the items touching the fields the dashboard reads. */
function plainPass(items: readonly ActionItem[], today: string): number {
  let checksum = 0;
  for (const item of items) {
    if (item.status !== 'done' && item.dueDate !== null && item.dueDate < today) checksum += item.themes.length;
  }
  return checksum;
}

/** Every point, bar segment and cell the charts are handed: they must stay few whatever the item count. */
function chartPoints(dashboard: Dashboard): number {
  return (
    dashboard.burnUp.points.length * 2 +
    dashboard.completionByTheme.reduce((sum, row) => sum + Object.keys(row.counts).length, 0) +
    dashboard.recurrence.themes.reduce((sum, theme) => sum + theme.cells.length, 0) +
    dashboard.owners.length * 2 +
    dashboard.ageing.length
  );
}

export function runInsightsBench(): BenchFigures {
  const input = generateDashboardInput();
  const today = NOW.toISOString().slice(0, 10);
  let sink = 0;
  // The same events in another order (as `eventsSince` returns them, by time): the replay looks
  // each event's item up by id instead of walking items and events together.
  const byTime = { ...input, events: structuredClone([...input.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) };
  // The status histories do not depend on filters, so the UI builds them once per data change.
  const histories = buildStatusHistories(input.items, input.events, input.incidents);
  const { floor, dashboard, firstScreen, eventsByTime, refiltered } = bestTimes({
    floor: { run: () => (sink += plainPass(input.items, today)), times: FLOOR_RUNS_PER_ROUND },
    dashboard: { run: () => (sink += buildDashboard(input, {}, NOW).headline.total) },
    // What the page's first screen waits for: histories, filters, headline figures and repeat risk.
    firstScreen: { run: () => (sink += summarizeDashboard(scopeDashboard(input, {}, NOW)).headline.total) },
    eventsByTime: { run: () => (sink += buildDashboard(byTime, {}, NOW).headline.total) },
    // A filter change.
    refiltered: { run: () => (sink += buildDashboard(input, { organization: 'Org 1', themeId: 'relay-loop' }, NOW, { histories }).headline.total) },
  });
  if (sink < 0) throw new Error('unreachable: keeps the measured work alive');
  const reference = { name: 'plain pass over 100k items', value: round(floor) };
  const points = chartPoints(buildDashboard(input, {}, NOW, { histories }));
  return {
    'insights.dashboard.100k-items': { value: round(dashboard), unit: 'ms', reference, ratio: round(dashboard / floor) },
    'insights.dashboard.100k-items.first-screen': { value: round(firstScreen), unit: 'ms', reference, ratio: round(firstScreen / floor) },
    'insights.dashboard.100k-items.events-by-time': { value: round(eventsByTime), unit: 'ms', reference, ratio: round(eventsByTime / floor) },
    'insights.dashboard.100k-items.filter-change': { value: round(refiltered), unit: 'ms', reference, ratio: round(refiltered / floor) },
    'insights.dashboard.100k-items.chart-points': {
      value: points,
      unit: 'points',
      reference: { name: 'items aggregated', value: input.items.length },
      ratio: points / input.items.length,
    },
  };
}
