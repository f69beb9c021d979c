/**
 * The dashboard bench's data: 100,000 items from 5,000 incidents over five and a half years,
 * with their event history, generated from a fixed seed so every run measures the same data.
 */
import { REMEDIATION_THEMES_BY_FAILURE_THEME, type DashboardInput } from '../shared/insights';
import { ITEM_STATUSES, type ActionItem, type Incident, type ItemEvent, type ItemStatus } from '../shared/model';

export const INCIDENTS = 5_000;
export const ITEMS = 100_000;
/** The "now" the dashboard is built at. */
export const NOW = new Date('2025-06-30T12:00:00Z');
const DAY = 86_400_000;
const START = Date.parse('2020-01-01T00:00:00Z');
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

/** 100,000 items from 5,000 incidents, with the created and status-change events of each. */
export function generateDashboardInput(): DashboardInput {
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
  // The dashboard reads items in id order (the primary key) and events grouped by item in the
  // same order (the item id index, ties by event id), and IndexedDB hands records over by
  // deserializing them one after another, so they also lie in memory in that order: sorting and
  // then copying them does the same here.
  const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  items.sort((a, b) => byId(a.id, b.id));
  events.sort((a, b) => byId(a.itemId, b.itemId) || byId(a.id, b.id));
  return { incidents: structuredClone(incidents), items: structuredClone(items), events: structuredClone(events), themes: [] };
}
