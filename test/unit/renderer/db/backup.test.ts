import type { Table } from 'dexie';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createItem,
  db,
  deleteItems,
  eraseAll,
  exportBackup,
  exportBackupText,
  importParsedPostmortem,
  previewBackup,
  restoreBackup,
  setSetting,
  updateItem,
} from '../../../../renderer/db';
import { BACKUP_TABLE_NAMES, type BackupTables } from '../../../../shared/model/backup';
import { databaseTables } from './arbitraries';
import { parsedPostmortem, resetDatabase } from './builders';

beforeEach(resetDatabase);

const primaryKey = (row: object): string | number => {
  const record = row as { id?: string; key?: string; seq?: number };
  return record.id ?? record.key ?? record.seq ?? '';
};
const byKey = (a: object, b: object) => (primaryKey(a) < primaryKey(b) ? -1 : primaryKey(a) > primaryKey(b) ? 1 : 0);

function sorted(tables: BackupTables): BackupTables {
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, [...tables[name]].sort(byKey)])) as BackupTables;
}

async function writeTables(tables: BackupTables): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    for (const table of db.allTables()) {
      await table.clear();
      await (table as Table<object>).bulkAdd(tables[table.name as keyof BackupTables]);
    }
  });
}

async function snapshot(): Promise<BackupTables> {
  return (await exportBackup()).tables;
}

describe('backup and restore', () => {
  it('is lossless: backup, erase, restore gives back every record of any database', async () => {
    await fc.assert(
      fc.asyncProperty(databaseTables, async (tables) => {
        await writeTables(tables);
        const text = await exportBackupText();
        await eraseAll();
        expect((await snapshot()).items).toEqual([]);
        const outcome = await restoreBackup(text, 'replace');
        expect(outcome.ok).toBe(true);
        expect(sorted(await snapshot())).toEqual(sorted(tables));
      }),
      { numRuns: 60 },
    );
  });

  it('previews what a file holds without writing', async () => {
    await importParsedPostmortem(parsedPostmortem());
    const text = await exportBackupText();
    await eraseAll();
    const preview = previewBackup(text);
    expect(preview.ok && preview.counts).toMatchObject({ incidents: 1, items: 2, events: 2 });
    expect(await db.items.count()).toBe(0);
  });

  it('merges: adds what is missing, keeps the newer edit of an item, and keeps local undo history', async () => {
    const edited = await createItem({ title: 'Before the backup', kind: 'detect' });
    const deleted = await createItem({ title: 'Deleted after the backup', kind: 'detect' });
    const text = await exportBackupText();
    await updateItem(edited.id, { title: 'Edited after the backup' });
    await deleteItems([deleted.id]);
    const local = await createItem({ title: 'Only here', kind: 'detect' });
    const undoSteps = await db.undoSteps.toArray();
    const eventCount = await db.events.count();

    const outcome = await restoreBackup(text, 'merge');
    expect(outcome.ok && outcome.written).toMatchObject({ items: 1, events: 0, undoSteps: 0 });
    expect((await db.items.get(edited.id))?.title).toBe('Edited after the backup');
    expect(await db.items.get(deleted.id)).toEqual(deleted);
    expect(await db.items.get(local.id)).toEqual(local);
    expect(await db.undoSteps.toArray()).toEqual(undoSteps);
    expect(await db.events.count()).toBe(eventCount);
  });

  it('merges an incident known under another id by its content hash', async () => {
    await importParsedPostmortem(parsedPostmortem());
    const text = await exportBackupText();
    await resetDatabase();
    await importParsedPostmortem(parsedPostmortem());
    const outcome = await restoreBackup(text, 'merge');
    expect(outcome.ok).toBe(true);
    expect(await db.incidents.count()).toBe(1);
    const [incident] = await db.incidents.toArray();
    expect((await db.items.toArray()).every((item) => item.incidentId === incident?.id)).toBe(true);
  });
});

type BackupJson = Record<string, unknown> & { tables: Record<'items' | 'incidents' | 'themes' | 'events', unknown[]> };

describe('a malformed or hostile backup', () => {
  async function validBackup(): Promise<BackupJson> {
    await importParsedPostmortem(parsedPostmortem());
    await setSetting('theme', 'dark');
    return JSON.parse(await exportBackupText());
  }

  const hostile: [string, (backup: BackupJson) => string, RegExp][] = [
    ['not JSON', () => '{"app": "followthrough", ', /not valid JSON/],
    ['a JSON array', () => '[]', /does not contain a backup object/],
    ['another app', (backup) => JSON.stringify({ ...backup, app: 'other' }), /not a Followthrough backup/],
    ['a newer format', (backup) => JSON.stringify({ ...backup, formatVersion: 99 }), /newer version/],
    ['a missing table', (backup) => JSON.stringify({ ...backup, tables: { ...backup.tables, events: undefined } }), /tables\.events/],
    [
      'an unknown status',
      (backup) => JSON.stringify({ ...backup, tables: { ...backup.tables, items: [{ ...(backup.tables.items[0] as object), status: 'gone' }] } }),
      /tables\.items\[0\]\.status/,
    ],
    [
      'a duplicate id',
      (backup) => JSON.stringify({ ...backup, tables: { ...backup.tables, items: [backup.tables.items[0], backup.tables.items[0]] } }),
      /duplicate id/,
    ],
    [
      'an item pointing at a missing incident',
      (backup) => JSON.stringify({ ...backup, tables: { ...backup.tables, incidents: [] } }),
      /not in the file/,
    ],
    [
      'a script in a theme colour',
      (backup) =>
        JSON.stringify({
          ...backup,
          tables: { ...backup.tables, themes: [{ id: 'x', label: 'x', colour: 'url(javascript:alert(1))', kind: 'failure', rules: [], retired: false }] },
        }),
      /colour/,
    ],
  ];

  it.each(hostile)('%s is refused with a reason and changes nothing', async (_name, make, reason) => {
    const backup = await validBackup();
    const before = await snapshot();
    expect(previewBackup(make(backup))).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
    for (const mode of ['replace', 'merge'] as const) {
      const outcome = await restoreBackup(make(backup), mode);
      expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('cannot pollute prototypes or smuggle fields into records', async () => {
    const backup = await validBackup();
    const item = { ...(backup.tables.items[0] as object), isAdmin: true };
    const text = JSON.stringify({ ...backup, tables: { ...backup.tables, items: [item, backup.tables.items[1]] } }).replace(
      '"app":',
      '"__proto__":{"polluted":true},"app":',
    );
    const outcome = await restoreBackup(text, 'replace');
    expect(outcome.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await db.items.toArray()).some((row) => 'isAdmin' in row)).toBe(false);
  });

  it('that fails while being written leaves everything as it was', async () => {
    const first = parsedPostmortem({ itemTitles: ['First'] });
    const second = parsedPostmortem({ itemTitles: ['Second'], incident: { ...first.incident, title: 'Another outage' } });
    const firstOutcome = await importParsedPostmortem(first);
    await importParsedPostmortem(second);
    const backup = JSON.parse(await exportBackupText()) as { tables: BackupTables };
    const firstId = firstOutcome.ok ? firstOutcome.incidentId : '';
    // A newer copy of the first incident that carries the second one's content hash: valid
    // on its own, but the unique index refuses it half way through the merge.
    const clash = { ...backup.tables.incidents.find((row) => row.id === firstId)!, contentHash: second.contentHash, updatedAt: '2999-01-01T00:00:00.000Z' };
    backup.tables.incidents = [clash];
    backup.tables.items = backup.tables.items.filter((row) => row.incidentId === firstId);
    const before = await snapshot();
    const outcome = await restoreBackup(JSON.stringify(backup), 'merge');
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/^Restoring the backup failed: .*Nothing was saved\./) });
    expect(await snapshot()).toEqual(before);
  });
});
