/**
 * Backup and restore of the whole tracker. Restoring validates the file completely
 * before writing, then replaces or merges in one transaction: a bad file, or a failure
 * while writing, leaves the database exactly as it was.
 */
import type { ActionItem, Incident } from '../../shared/model';
import {
  BACKUP_APP_ID,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLE_NAMES,
  readBackupText,
  type Backup,
  type BackupCounts,
  type BackupReadResult,
  type BackupTables,
} from '../../shared/model/backup';
import { db } from './database';
import { describeWriteFailure } from './errors';

/** A consistent snapshot of every table. */
export async function exportBackup(): Promise<Backup> {
  return db.transaction('r', db.allTables(), async () => {
    const [incidents, items, events, themes, owners, meetings, settings, undoSteps] = await Promise.all(
      db.allTables().map((table) => table.toArray()),
    );
    const tables = { incidents, items, events, themes, owners, meetings, settings, undoSteps } as BackupTables;
    return { app: BACKUP_APP_ID, formatVersion: BACKUP_FORMAT_VERSION, exportedAt: new Date().toISOString(), tables };
  });
}

/** The backup file's text. */
export async function exportBackupText(): Promise<string> {
  return JSON.stringify(await exportBackup());
}

/** Validates a backup file and counts what it holds, without writing anything. */
export function previewBackup(text: string): BackupReadResult {
  return readBackupText(text);
}

export type RestoreMode = 'replace' | 'merge';
export type RestoreOutcome = { ok: true; written: BackupCounts } | { ok: false; reason: string };

function emptyCounts(): BackupCounts {
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, 0])) as BackupCounts;
}

async function replaceAll(tables: BackupTables): Promise<BackupCounts> {
  await Promise.all(db.allTables().map((table) => table.clear()));
  await db.incidents.bulkAdd(tables.incidents);
  await db.items.bulkAdd(tables.items);
  await db.events.bulkAdd(tables.events);
  await db.themes.bulkAdd(tables.themes);
  await db.owners.bulkAdd(tables.owners);
  await db.meetings.bulkAdd(tables.meetings);
  await db.settings.bulkAdd(tables.settings);
  await db.undoSteps.bulkAdd(tables.undoSteps);
  const written = emptyCounts();
  for (const name of BACKUP_TABLE_NAMES) written[name] = tables[name].length;
  return written;
}

const isNewer = (candidate: { updatedAt: string }, current: { updatedAt: string }) => candidate.updatedAt > current.updatedAt;

/** Records missing here are added; for incidents and items the newer edit wins. Undo stacks stay local. */
async function mergeAll(tables: BackupTables): Promise<BackupCounts> {
  const written = emptyCounts();
  const incidentIds = new Map<string, string>();
  const incidents: Incident[] = [];
  for (const incident of tables.incidents) {
    const local = (await db.incidents.get(incident.id)) ?? (await db.incidents.where('contentHash').equals(incident.contentHash).first());
    incidentIds.set(incident.id, local?.id ?? incident.id);
    if (!local || isNewer(incident, local)) incidents.push({ ...incident, id: local?.id ?? incident.id });
  }
  await db.incidents.bulkPut(incidents);
  written.incidents = incidents.length;

  const items: ActionItem[] = [];
  const localItems = await db.items.bulkGet(tables.items.map((item) => item.id));
  tables.items.forEach((item, index) => {
    const local = localItems[index];
    const incidentId = item.incidentId === null ? null : (incidentIds.get(item.incidentId) ?? item.incidentId);
    if (!local || isNewer(item, local)) items.push({ ...item, incidentId });
  });
  await db.items.bulkPut(items);
  written.items = items.length;

  const addMissing = async <K extends 'events' | 'themes' | 'meetings'>(name: K) => {
    const rows = tables[name];
    const present = await db[name].bulkGet(rows.map((row) => row.id));
    const missing = rows.filter((_, index) => present[index] === undefined);
    await (db[name].bulkAdd as (rows: unknown[]) => Promise<unknown>)(missing);
    written[name] = missing.length;
  };
  await addMissing('events');
  await addMissing('themes');
  await addMissing('meetings');

  const owners = [];
  for (const owner of tables.owners) {
    if (!(await db.owners.get(owner.id)) && (await db.owners.where('name').equals(owner.name).count()) === 0) owners.push(owner);
  }
  await db.owners.bulkAdd(owners);
  written.owners = owners.length;

  const presentSettings = await db.settings.bulkGet(tables.settings.map((setting) => setting.key));
  const settings = tables.settings.filter((_, index) => presentSettings[index] === undefined);
  await db.settings.bulkAdd(settings);
  written.settings = settings.length;
  return written;
}

/** Restores a backup file's text; a malformed or hostile file changes nothing and the reason says why. */
export async function restoreBackup(text: string, mode: RestoreMode): Promise<RestoreOutcome> {
  const read = readBackupText(text);
  if (!read.ok) return read;
  try {
    const written = await db.transaction('rw', db.allTables(), () =>
      mode === 'replace' ? replaceAll(read.backup.tables) : mergeAll(read.backup.tables),
    );
    return { ok: true, written };
  } catch (error) {
    return { ok: false, reason: describeWriteFailure(error, 'Restoring the backup') };
  }
}
