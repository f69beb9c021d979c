/**
 * The data-layer bench, run inside Chromium against real IndexedDB: the app's own
 * functions beside raw IndexedDB doing the same work, which is the limit.
 */
import { Dexie, liveQuery } from 'dexie';
import { CLOSED_STATUSES, ITEM_STATUSES, PRIORITIES, type ActionItem, type ParsedPostmortem } from '../../shared/model';
import type { DashboardInput } from '../../shared/insights';
import {
  db,
  importParsedPostmortem,
  importParsedPostmortems,
  listIncidents,
  listThemes,
  loadAllItems,
  queryItems,
  TrackerDatabase,
  updateItem,
} from '../../renderer/db';
import { DEFAULT_CHUNK_SIZE } from '../../renderer/workers/batch-import';
import { compareItems, itemMatches, type ItemFilter, type ItemSort } from '../../renderer/db/queries';
import { SCHEMA_VERSIONS } from '../../renderer/db/versions';
import { loadDashboardInput } from '../../renderer/features/dashboard/use-dashboard';
import { generateDashboardInput } from '../dashboard-data';
import { msVersus, type BenchFigures } from '../figures';

const POSTMORTEMS = 1_000;
const ITEMS_PER_POSTMORTEM = 20;
const QUERY_ITEMS = 100_000;
const REPEATS = 5;

const WORDS = 'deploy canary alert queue region failover timeout retry config rollout backup certificate runbook leak capacity'.split(' ');
const word = (n: number) => WORDS[n % WORDS.length]!;

function postmortem(index: number): ParsedPostmortem {
  const lines = Array.from({ length: ITEMS_PER_POSTMORTEM }, (_, item) => `- We will ${word(index + item)} the ${word(item * 7)} for service ${index}-${item}.`);
  const narrative = Array.from({ length: 40 }, (_, line) => `At ${line}:00 the ${word(line)} of region ${index % 9} degraded.`).join('\n');
  const text = `# Incident ${index}\n\n${narrative}\n\n## Remediation\n${lines.join('\n')}\n`;
  let offset = text.indexOf('## Remediation');
  return {
    fileName: `incident-${index}.md`,
    format: 'markdown',
    text,
    contentHash: `bench-${index}`,
    incident: {
      title: `Incident ${index}`,
      organization: `Org ${index % 17}`,
      publishedAt: new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString(),
      startedAt: null,
      resolvedAt: null,
      durationMinutes: 60,
      components: ['API', 'Queue'],
      updates: [],
      sections: [],
      timeline: [],
      failureThemes: ['bad-deploy'],
    },
    items: lines.map((line, item) => {
      offset = text.indexOf(line, offset);
      return {
        title: line.slice(2),
        kind: 'prevent',
        themes: ['validation', 'monitoring'].slice(0, 1 + (item % 2)),
        done: item % 5 === 0,
        quote: line,
        span: { start: offset, end: offset + line.length },
        confidence: 0.8,
      };
    }),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeIt(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Median times of two ways of doing the same work, run alternately so load from elsewhere hits both alike. */
async function medianTimes(app: () => Promise<unknown>, raw: () => Promise<unknown>): Promise<[number, number]> {
  const appTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    appTimes.push(await timeIt(app));
    rawTimes.push(await timeIt(raw));
  }
  return [median(appTimes), median(rawTimes)];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function rawOpen(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

/** A second database with the app's exact schema and indexes, written with raw IndexedDB. */
async function rawTwin(name: string): Promise<IDBDatabase> {
  const twin = new TrackerDatabase(name);
  await twin.open();
  twin.close();
  return rawOpen(name);
}

/** Imports every document, in batch-import chunks or one transaction each; returns the milliseconds taken. */
async function importAll(documents: readonly ParsedPostmortem[], chunked: boolean): Promise<number> {
  await db.delete({ disableAutoOpen: false });
  await db.open();
  return timeIt(async () => {
    const chunkSize = chunked ? DEFAULT_CHUNK_SIZE : 1;
    for (let start = 0; start < documents.length; start += chunkSize) {
      const chunk = documents.slice(start, start + chunkSize);
      const outcomes = chunked ? await importParsedPostmortems(chunk) : [await importParsedPostmortem(chunk[0]!)];
      const failure = outcomes.find((outcome) => !outcome.ok);
      if (failure && !failure.ok) throw new Error(failure.reason);
    }
  });
}

/** Puts the records into a fresh database with the app's schema, in one raw transaction; returns the milliseconds taken. */
async function rawPutAll(name: string, records: Record<'incidents' | 'items' | 'events', readonly object[]>): Promise<number> {
  const raw = await rawTwin(name);
  const elapsed = await timeIt(async () => {
    const tx = raw.transaction(['incidents', 'items', 'events'], 'readwrite');
    for (const [store, rows] of Object.entries(records)) {
      const objectStore = tx.objectStore(store);
      for (const row of rows) objectStore.put(row);
    }
    await done(tx);
  });
  raw.close();
  await request(indexedDB.deleteDatabase(name));
  return elapsed;
}

async function benchImport(figures: BenchFigures): Promise<void> {
  const documents = Array.from({ length: POSTMORTEMS }, (_, index) => postmortem(index));
  const oneEach = await importAll(documents, false);
  // The machine is shared: alternate the app's import and the raw loop, and keep the medians.
  const chunked: number[] = [];
  const rawTimes: number[] = [];
  let records = 0;
  for (let repeat = 0; repeat < 3; repeat += 1) {
    chunked.push(await importAll(documents, true));
    const [incidents, items, events] = await Promise.all([db.incidents.toArray(), db.items.toArray(), db.events.toArray()]);
    if (items.length !== POSTMORTEMS * ITEMS_PER_POSTMORTEM) throw new Error(`expected 20,000 items, found ${items.length}`);
    records = incidents.length + items.length + events.length;
    rawTimes.push(await rawPutAll(`bench-raw-import-${repeat}`, { incidents, items, events }));
  }
  const elapsed = median(chunked);
  const rawElapsed = median(rawTimes);
  const perSecond = (ms: number) => Math.round((records / ms) * 1000);
  const reference = { name: 'raw IndexedDB put loop, one transaction', value: perSecond(rawElapsed) };
  figures['db.import_1000_postmortems'] = {
    value: perSecond(elapsed),
    unit: 'records/s',
    reference,
    ratio: elapsed / rawElapsed,
  };
  figures['db.import_1000_postmortems.one_transaction_each'] = {
    value: perSecond(oneEach),
    unit: 'records/s',
    reference,
    ratio: oneEach / rawElapsed,
  };
}

function syntheticItem(index: number): ActionItem {
  const at = new Date(Date.UTC(2022, 0, 1) + index * 60_000).toISOString();
  const status = ITEM_STATUSES[index % ITEM_STATUSES.length]!;
  return {
    id: `item-${index.toString().padStart(6, '0')}`,
    incidentId: `incident-${Math.floor(index / 20)}`,
    title: `We will ${word(index)} the ${word(index * 3)} for service ${index}`,
    detail: '',
    kind: 'prevent',
    themes: [word(index), word(index + 5)],
    status,
    wontDoReason: status === 'wont_do' ? 'Not worth it' : null,
    owner: index % 4 === 0 ? null : `Owner ${index % 40}`,
    dueDate: index % 3 === 0 ? null : new Date(Date.UTC(2024, 0, 1) + (index % 500) * 86_400_000).toISOString().slice(0, 10),
    priority: index % 5 === 0 ? null : PRIORITIES[index % PRIORITIES.length]!,
    notes: index % 2 === 0 ? 'Discussed in review; waiting for the platform team.' : '',
    ticketLinks: [`https://tracker.example/T-${index}`],
    source: { quote: `We will ${word(index)} the ${word(index * 3)}.`, start: index, end: index + 40 },
    confidence: 0.8,
    missingFromSource: false,
    editedFields: [],
    createdAt: at,
    updatedAt: at,
    closedAt: CLOSED_STATUSES.includes(status) ? at : null,
  };
}

async function benchQueries(figures: BenchFigures): Promise<void> {
  await db.items.clear();
  // Written in slices and not kept, so the measured reads do not pay for a bigger heap.
  for (let start = 0; start < QUERY_ITEMS; start += 10_000) {
    await db.items.bulkAdd(Array.from({ length: 10_000 }, (_, index) => syntheticItem(start + index)));
  }
  const filter: ItemFilter = { statuses: ['open', 'in_progress', 'blocked'] };
  const sort: ItemSort = { key: 'dueDate', direction: 'asc' };

  const raw = await rawOpen(db.name);
  const rawGetAll = async () => {
    const tx = raw.transaction('items', 'readonly');
    return request(tx.objectStore('items').getAll() as IDBRequest<ActionItem[]>);
  };
  const expected = (await rawGetAll()).filter(itemMatches(filter)).sort(compareItems(sort)).length;
  const found = (await queryItems(filter, sort)).length;
  if (found !== expected) throw new Error(`query found ${found} items, raw found ${expected}`);

  const [query, rawQuery] = await medianTimes(
    () => queryItems(filter, sort),
    async () => (await rawGetAll()).filter(itemMatches(filter)).sort(compareItems(sort)),
  );
  const [load, rawLoad] = await medianTimes(loadAllItems, rawGetAll);
  raw.close();
  figures['db.items_100k.query_open_by_due'] = msVersus(query, { name: 'raw getAll + Array.filter/sort', value: rawQuery });
  figures['db.items_100k.load_all'] = msVersus(load, { name: 'raw getAll', value: rawLoad });
}

/** What the dashboard read before version 4: every event, grouped by item, and the items in one read. */
async function loadDashboardInputAsBefore(): Promise<DashboardInput> {
  const [incidents, items, events, themes] = await Promise.all([listIncidents(), db.items.toArray(), db.events.orderBy('itemId').toArray(), listThemes()]);
  return { incidents, items, events, themes };
}

/** Times `read` on a freshly opened connection, as when the app starts. */
async function timeReopened(read: () => Promise<unknown>): Promise<number> {
  db.close();
  await db.open();
  return timeIt(read);
}

/**
 * Milliseconds from an edit of each given item (one field set to a value) to a live query of
 * `load` showing it; the median.
 */
async function timeLiveUpdates<Field extends 'status' | 'owner'>(
  load: () => Promise<DashboardInput>,
  itemIds: readonly string[],
  field: Field,
  value: ActionItem[Field],
): Promise<number> {
  const times: number[] = [];
  for (const itemId of itemIds) {
    let changedAt = 0;
    const shown = new Promise<void>((resolve, reject) => {
      const subscription = liveQuery(load).subscribe({
        next(input) {
          if (changedAt === 0) {
            // The first read is done: edit the item now.
            changedAt = performance.now();
            void updateItem(itemId, { [field]: value }).catch(reject);
          } else if (input.items.find((item) => item.id === itemId)?.[field] === value) {
            times.push(performance.now() - changedAt);
            subscription.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    await shown;
  }
  return median(times);
}

/** Writes the dashboard's data as schema version 3 stored it; returns how many status changes it holds. */
async function writeDashboardDataAsVersion3(): Promise<number> {
  const previous = new Dexie(db.name);
  for (const { version, stores } of SCHEMA_VERSIONS.filter((entry) => entry.version <= 3)) previous.version(version).stores(stores);
  const generated = generateDashboardInput();
  // The app's item ids are random UUIDs: scatter the generated ones over the hex digits as well.
  const itemIds = new Map(generated.items.map((item, index) => [item.id, `${(Math.imul(index + 1, 0x9e3779b1) >>> 0).toString(16).padStart(8, '0')}-item`]));
  const { incidents } = generated;
  const items = generated.items.map((item) => ({ ...item, id: itemIds.get(item.id)! }));
  const events = generated.events.map((event) => ({ ...event, itemId: itemIds.get(event.itemId)! }));
  await previous.table('incidents').bulkAdd(incidents);
  for (let start = 0; start < items.length; start += 10_000) await previous.table('items').bulkAdd(items.slice(start, start + 10_000));
  for (let start = 0; start < events.length; start += 20_000) await previous.table('events').bulkAdd(events.slice(start, start + 20_000));
  previous.close();
  return events.filter((event) => event.field === 'status').length;
}

/**
 * The dashboard's data at 100,000 items, 5,000 incidents and their history (bench/dashboard-data.ts):
 * the one-time upgrade of such a database to schema version 4, the read on a fresh connection
 * beside the read it replaced, and how long one edit takes to reach a dashboard that stays open.
 */
async function benchDashboardRead(figures: BenchFigures): Promise<void> {
  await db.delete();
  // Opening the database afterwards times the upgrade that builds version 4's index over it.
  const statusChanges = await writeDashboardDataAsVersion3();
  const upgrade = await timeIt(() => db.open());
  const found = (await loadDashboardInput()).events.length;
  if (found !== statusChanges) throw new Error(`the dashboard read ${found} status changes, expected ${statusChanges}`);
  const readTimes: number[] = [];
  const asBeforeTimes: number[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    readTimes.push(await timeReopened(loadDashboardInput));
    asBeforeTimes.push(await timeReopened(loadDashboardInputAsBefore));
  }
  const [read, asBefore] = [median(readTimes), median(asBeforeTimes)];
  figures['db.dashboard_100k.data_read'] = msVersus(read, { name: 'every event read, as before schema version 4', value: asBefore });
  figures['db.dashboard_100k.upgrade_to_version_4'] = msVersus(upgrade, { name: 'dashboard data read', value: read });
  // A live query re-reads only the ranges an edit touched (loadAllItems and loadStatusChanges read by
  // item id range); before, the whole of every table it wrote to.
  const openItems = await db.items.where('status').equals('open').limit(12).primaryKeys();
  const edits = [
    ['status', 'blocked', openItems.slice(0, 3), openItems.slice(3, 6)],
    ['owner', 'Bench owner', openItems.slice(6, 9), openItems.slice(9)],
  ] as const;
  for (const [field, value, ids, idsAsBefore] of edits) {
    const update = await timeLiveUpdates(loadDashboardInput, ids, field, value);
    const asBefore = await timeLiveUpdates(loadDashboardInputAsBefore, idsAsBefore, field, value);
    figures[`db.dashboard_100k.live_update_after_${field}_edit`] = msVersus(update, { name: 'as before schema version 4', value: asBefore });
  }
}

async function runBench(): Promise<BenchFigures> {
  const figures: BenchFigures = {};
  await benchImport(figures);
  await benchQueries(figures);
  await benchDashboardRead(figures);
  return figures;
}

window.runBench = runBench;
