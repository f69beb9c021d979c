import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DATABASE_NAME,
  db,
  exportBackup,
  loadStatusChanges,
  onConnectionProblem,
  openDatabase,
  TrackerDatabase,
  type ConnectionProblem,
} from '../../../../renderer/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type ItemEventV1, type ItemV1 } from '../../../../renderer/db/versions';
import type { Incident, Meeting, Owner, Setting, Theme } from '../../../../shared/model';
import { readBackupText } from '../../../../shared/model/backup';

const at = '2024-01-02T03:04:05.000Z';
const incident: Incident = {
  id: 'inc-1',
  contentHash: 'h1',
  title: 'Outage',
  organization: 'Acme',
  publishedAt: at,
  startedAt: null,
  resolvedAt: null,
  durationMinutes: 30,
  components: ['API'],
  failureThemes: ['dns'],
  format: 'text',
  fileName: 'outage.txt',
  sourceText: 'We will add alerts.',
  updates: [],
  sections: [],
  timeline: [],
  importedAt: at,
  updatedAt: at,
};
const theme: Theme = { id: 'dns', label: 'DNS', colour: '#123456', kind: 'failure', rules: ['dns'], retired: false };
const owner: Owner = { id: 'o1', name: 'Dana', team: 'SRE' };
const meeting: Meeting = {
  id: 'm1',
  title: 'Weekly review',
  startedAt: at,
  endedAt: at,
  scope: { kind: 'all-open', value: null, order: 'due' },
  itemIds: ['i1'],
};
const setting: Setting = { key: 'theme', value: { mode: 'dark' } };

function itemV1(id: string, ticketLink: string | null): ItemV1 {
  return {
    id,
    incidentId: 'inc-1',
    title: `Item ${id}`,
    detail: '',
    kind: 'detect',
    themes: ['monitoring'],
    status: 'open',
    wontDoReason: null,
    owner: 'Dana',
    dueDate: '2024-02-01',
    priority: 'P1',
    notes: 'n',
    ticketLink,
    source: { quote: 'add alerts', start: 8, end: 18 },
    confidence: 0.8,
    missingFromSource: false,
    editedFields: ['owner'],
    createdAt: at,
    updatedAt: at,
    closedAt: null,
  };
}
const eventsV1: ItemEventV1[] = [
  { id: 'e1', itemId: 'i1', at, type: 'created', field: null, from: null, to: 'open', meetingId: null },
  { id: 'e2', itemId: 'i1', at, type: 'changed', field: 'status', from: 'open', to: 'in_progress', meetingId: null },
];
const eventsV2 = eventsV1.map((event) => ({ ...event, batchId: `v1-${event.id}` }));

// Version 2 data is what version 1's upgrade produces; version 3 only added a table. So all meet the same expectations.
async function writeVersion2Data(old: Dexie): Promise<void> {
  await old.table('incidents').add(incident);
  const { ticketLink: _first, ...first } = itemV1('i1', null);
  const { ticketLink: _second, ...second } = itemV1('i2', null);
  await old.table('items').bulkAdd([
    { ...first, ticketLinks: ['https://tracker/T-1'] },
    { ...second, ticketLinks: [] },
  ]);
  await old.table('events').bulkAdd(eventsV2);
  await old.table('themes').add(theme);
  await old.table('owners').add(owner);
  await old.table('meetings').add(meeting);
  await old.table('settings').add(setting);
}

/** Data as each earlier version stored it, written through that version's own declaration. */
const EARLIER_VERSIONS: Record<number, (old: Dexie) => Promise<void>> = {
  1: async (old) => {
    await old.table('incidents').add(incident);
    await old.table('items').bulkAdd([itemV1('i1', 'https://tracker/T-1'), itemV1('i2', null)]);
    await old.table('events').bulkAdd(eventsV1);
    await old.table('themes').add(theme);
    await old.table('owners').add(owner);
    await old.table('meetings').add(meeting);
    await old.table('settings').add(setting);
  },
  2: writeVersion2Data,
  3: writeVersion2Data,
};

function databaseAt(version: number): Dexie {
  const old = new Dexie(DATABASE_NAME);
  for (const declared of SCHEMA_VERSIONS.filter((entry) => entry.version <= version)) old.version(declared.version).stores(declared.stores);
  return old;
}

beforeEach(async () => {
  db.close();
  await Dexie.delete(DATABASE_NAME);
});
afterEach(() => db.close({ disableAutoOpen: false }));

describe('schema migrations', () => {
  it('has a data fixture for every earlier version', () => {
    const earlier = SCHEMA_VERSIONS.map((entry) => entry.version).filter((version) => version < CURRENT_SCHEMA_VERSION);
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(earlier);
  });

  it.each(Object.keys(EARLIER_VERSIONS).map(Number))('opens a version %i database without losing anything', async (version) => {
    const old = databaseAt(version);
    await EARLIER_VERSIONS[version]!(old);
    old.close();

    await openDatabase(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const backup = await exportBackup();
    // Every record now satisfies the current schemas.
    expect(readBackupText(JSON.stringify(backup)).ok).toBe(true);
    const { incidents, items, events, themes, owners, meetings, settings } = backup.tables;
    expect({ incidents, themes, owners, meetings, settings }).toEqual({
      incidents: [incident],
      themes: [theme],
      owners: [owner],
      meetings: [meeting],
      settings: [setting],
    });
    const { ticketLink: _first, ...firstRest } = itemV1('i1', null);
    const { ticketLink: _second, ...secondRest } = itemV1('i2', null);
    expect(items).toEqual([
      { ...firstRest, ticketLinks: ['https://tracker/T-1'] },
      { ...secondRest, ticketLinks: [] },
    ]);
    expect(events).toEqual(eventsV2);
    // Indexes added by a later version cover the records already there.
    expect((await loadStatusChanges()).map((event) => event.id)).toEqual(['e2']);
    expect(await db.items.where('[incidentId+status]').equals(['inc-1', 'open']).count()).toBe(2);
    expect(await db.incidents.where('failureThemes').equals('dns').count()).toBe(1);
  });
});

describe('several windows', () => {
  it('asks this window to reload when another opens a newer version, without blocking it', async () => {
    const problems: ConnectionProblem[] = [];
    const stop = onConnectionProblem((problem) => problems.push(problem));
    const window1 = new TrackerDatabase();
    await openDatabase(window1);
    const newer = databaseAt(CURRENT_SCHEMA_VERSION);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ extra: 'id' });
    await newer.open();
    expect(window1.isOpen()).toBe(false);
    expect(problems.map((problem) => problem.kind)).toContain('outdated');
    await expect(window1.items.count()).rejects.toThrow();
    newer.close();
    stop();
  });

  it('reports a blocked upgrade while an older window holds on', async () => {
    const problems: ConnectionProblem[] = [];
    const stop = onConnectionProblem((problem) => problems.push(problem));
    // An old window that ignores version changes: a raw connection at version 1 (Dexie's native version 10).
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DATABASE_NAME, 10);
      request.onupgradeneeded = () => request.result.createObjectStore('items', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    raw.onversionchange = () => undefined;
    const opening = openDatabase(new TrackerDatabase());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(problems.map((problem) => problem.kind)).toContain('blocked');
    raw.close();
    await opening;
    stop();
  });
});
