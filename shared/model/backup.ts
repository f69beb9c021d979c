/**
 * The backup file: one JSON document holding every table of the tracker. Restores
 * validate untrusted files against this schema, including the integrity rules the
 * database itself would enforce (unique keys, items pointing at known incidents), so a
 * bad file is refused with a reason before anything is written.
 */
import { z } from 'zod';
import {
  ActionItemSchema,
  IncidentSchema,
  ItemEventSchema,
  MeetingSchema,
  OwnerSchema,
  SettingSchema,
  ThemeSchema,
} from './tracker';

export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_APP_ID = 'followthrough';

/** One entry of the undo or redo stack: the batch of events one user action wrote. */
export const UndoStepSchema = z.object({
  seq: z.number().int().min(1),
  stack: z.enum(['undo', 'redo']),
  batchId: z.string().min(1),
  label: z.string(),
  at: z.string().min(1),
});
export type UndoStep = z.infer<typeof UndoStepSchema>;

export const BackupTablesSchema = z.object({
  incidents: z.array(IncidentSchema),
  items: z.array(ActionItemSchema),
  events: z.array(ItemEventSchema),
  themes: z.array(ThemeSchema),
  owners: z.array(OwnerSchema),
  meetings: z.array(MeetingSchema),
  settings: z.array(SettingSchema),
  undoSteps: z.array(UndoStepSchema),
});
export type BackupTables = z.infer<typeof BackupTablesSchema>;
export type BackupTableName = keyof BackupTables;
export const BACKUP_TABLE_NAMES = Object.keys(BackupTablesSchema.shape) as BackupTableName[];

/** Fields whose values must be unique within a table (the primary key first). */
const UNIQUE_FIELDS: { [T in BackupTableName]: readonly (keyof BackupTables[T][number])[] } = {
  incidents: ['id', 'contentHash'],
  items: ['id'],
  events: ['id'],
  themes: ['id'],
  owners: ['id', 'name'],
  meetings: ['id'],
  settings: ['key'],
  undoSteps: ['seq'],
};

function checkIntegrity(tables: BackupTables, ctx: z.RefinementCtx): void {
  for (const table of BACKUP_TABLE_NAMES) {
    const rows = tables[table] as readonly Record<string, unknown>[];
    for (const field of UNIQUE_FIELDS[table] as readonly string[]) {
      const seen = new Set<unknown>();
      rows.forEach((row, index) => {
        const value = row[field];
        if (seen.has(value)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tables', table, index, field],
            message: `duplicate ${field} ${JSON.stringify(value)}`,
          });
        }
        seen.add(value);
      });
    }
  }
  const incidentIds = new Set(tables.incidents.map((incident) => incident.id));
  tables.items.forEach((item, index) => {
    if (item.incidentId !== null && !incidentIds.has(item.incidentId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['tables', 'items', index, 'incidentId'],
        message: `refers to incident ${JSON.stringify(item.incidentId)}, which is not in the file`,
      });
    }
  });
}

export const BackupSchema = z
  .object({
    app: z.literal(BACKUP_APP_ID),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    exportedAt: z.string().min(1),
    tables: BackupTablesSchema,
  })
  .superRefine((backup, ctx) => checkIntegrity(backup.tables, ctx));
export type Backup = z.infer<typeof BackupSchema>;

export type BackupCounts = Record<BackupTableName, number>;

export function countBackupRows(tables: BackupTables): BackupCounts {
  const counts = {} as BackupCounts;
  for (const table of BACKUP_TABLE_NAMES) counts[table] = tables[table].length;
  return counts;
}

export type BackupReadResult = { ok: true; backup: Backup; counts: BackupCounts } | { ok: false; reason: string };

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return path ? `${path.replace(/^\./, '')}: ${issue.message}` : issue.message;
}

/** Parses and validates a backup file's text; the reason says in words what is wrong. */
export function readBackupText(text: string): BackupReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'This file is not a Followthrough backup: it is not valid JSON.' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, reason: 'This file is not a Followthrough backup: it does not contain a backup object.' };
  }
  const header = json as { app?: unknown; formatVersion?: unknown };
  if (header.app !== BACKUP_APP_ID) {
    return { ok: false, reason: 'This file is not a Followthrough backup.' };
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      reason: `This backup was made by a newer version of Followthrough (format ${header.formatVersion}); update the app to restore it.`,
    };
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    const first = issues[0];
    return {
      ok: false,
      reason: `This backup is damaged and was not restored: ${first ? describeIssue(first) : 'invalid content'}${more}.`,
    };
  }
  return { ok: true, backup: parsed.data, counts: countBackupRows(parsed.data.tables) };
}
