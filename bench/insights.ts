/**
 * Dashboard aggregation at scale: 100,000 items from 5,000 incidents with their event
 * history, beside a single plain pass over the same items as the floor.
 */
import { buildDashboard, buildStatusHistories, REMEDIATION_THEMES_BY_FAILURE_THEME, type DashboardInput } from '../shared/insights';
import { ITEM_STATUSES, type ActionItem, type Incident, type ItemEvent, type ItemStatus } from '../shared/model';

export interface BenchFigure {
  value: number;
  unit: string;
  reference: { name: string; value: number };
  ratio: number;
}

const INCIDENTS = 5_000;
const ITEMS = 100_000;
const RUNS = 5;
/** The floor takes a few milliseconds: more runs steady it. */
const FLOOR_RUNS = 31;
const DAY = 86_400_000;
const START = Date.parse('2020-01-01T00:00:00Z');
const NOW = new Date('2025-06-30T12:00:00Z');
const FAILURE_THEME_IDS = Object.keys(REMEDIATION_THEMES_BY_FAILURE_THEME);
const REMEDIATION_THEME_IDS = [...new Set(Object.values(REMEDIATION_THEMES_BY_FAILURE_THEME).flat()), 'other'];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(): DashboardInput {
  const random = randomSource(7);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const span = NOW.getTime() - START;
  const incidents: Incident[] = [];
  for (let index = 0; index < INCIDENTS; index += 1) {
    const startedAt = new Date(START + random() * span * 0.95).toISOString();
    incidents.push({
      id: `inc-${index}`,
      contentHash: `hash-${index}`,
      title: `Incident ${index}`,
      organization: `Org ${index % 4}`,
      publishedAt: startedAt,
      startedAt,
      resolvedAt: null,
      durationMinutes: null,
      components: [],
      failureThemes: [pick(FAILURE_THEME_IDS), pick(FAILURE_THEME_IDS)],
      format: 'text',
      fileName: `${index}.txt`,
      sourceText: '',
      updates: [],
      sections: [],
      timeline: [],
      importedAt: startedAt,
      updatedAt: startedAt,
    });
  }
  const items: ActionItem[] = [];
  const events: ItemEvent[] = [];
  const event = (itemId: string, at: number, type: ItemEvent['type'], from: ItemStatus | null, to: ItemStatus | null): void => {
    const id = `ev-${events.length}`;
    events.push({ id, itemId, at: new Date(at).toISOString(), type, field: type === 'changed' ? 'status' : null, from, to, meetingId: null, batchId: id });
  };
  for (let index = 0; index < ITEMS; index += 1) {
    const incident = incidents[index % INCIDENTS]!;
    const id = `item-${index}`;
    const createdAt = Date.parse(incident.startedAt!) + 2 * DAY;
    const finishing = random() < 0.75;
    const closedAt = createdAt + random() * 200 * DAY;
    const status: ItemStatus = finishing && closedAt < NOW.getTime() ? (random() < 0.9 ? 'done' : 'wont_do') : pick(ITEM_STATUSES.slice(0, 4));
    event(id, createdAt, 'created', null, null);
    if (status !== 'open') event(id, createdAt + (closedAt - createdAt) / 2, 'changed', 'open', 'in_progress');
    if (status === 'done' || status === 'wont_do') event(id, closedAt, 'changed', 'in_progress', status);
    const due = new Date(createdAt + 60 * DAY).toISOString().slice(0, 10);
    items.push({
      id,
      incidentId: incident.id,
      title: `Remediation ${index}`,
      detail: '',
      kind: 'prevent',
      // Most items address one of their incident's failures; some are generic or off-taxonomy.
      themes: [random() < 0.8 ? pick(REMEDIATION_THEMES_BY_FAILURE_THEME[pick(incident.failureThemes)]!) : pick(REMEDIATION_THEME_IDS)],
      status,
      wontDoReason: null,
      owner: `owner-${index % 150}`,
      dueDate: due,
      priority: null,
      notes: '',
      ticketLinks: [],
      source: null,
      confidence: null,
      missingFromSource: false,
      editedFields: [],
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: new Date(createdAt).toISOString(),
      closedAt: status === 'done' || status === 'wont_do' ? new Date(closedAt).toISOString() : null,
    });
  }
  return { incidents, items, events, themes: [] };
}

/** Best-of-runs wall time in milliseconds, like bench/run.ts: the least disturbed by other work on the machine. */
function bestTime(run: () => void, runs = RUNS): number {
  let best = Infinity;
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
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

export function runInsightsBench(): Record<string, BenchFigure> {
  const input = generate();
  const today = NOW.toISOString().slice(0, 10);
  let sink = 0;
  const floor = bestTime(() => {
    sink += plainPass(input.items, today);
  }, FLOOR_RUNS);
  const dashboard = bestTime(() => {
    sink += buildDashboard(input, {}, NOW).headline.total;
  });
  // A filter change: the status histories do not depend on filters, so the UI builds them once per data change.
  const histories = buildStatusHistories(input.items, input.events, input.incidents);
  const refiltered = bestTime(() => {
    sink += buildDashboard(input, { organization: 'Org 1', themeId: 'relay-loop' }, NOW, { histories }).headline.total;
  });
  if (sink < 0) throw new Error('unreachable: keeps the measured work alive');
  const reference = { name: 'plain pass over 100k items', value: round(floor) };
  return {
    'insights.dashboard.100k-items': { value: round(dashboard), unit: 'ms', reference, ratio: round(dashboard / floor) },
    'insights.dashboard.100k-items.filter-change': { value: round(refiltered), unit: 'ms', reference, ratio: round(refiltered / floor) },
  };
}
