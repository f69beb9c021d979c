/**
 * The tracker's records as they are stored in IndexedDB and in backups. The zod
 * schemas are the single source of the types and validate untrusted backups.
 */
import { z } from 'zod';
import { ITEM_KINDS, ITEM_STATUSES, PRIORITIES, SOURCE_FORMATS } from './vocab';
import { ParsedIncidentSchema } from './extraction';

const isoDateTime = z.string().min(1);
/** Calendar date, `YYYY-MM-DD`. */
export const DueDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A stored incident: what extraction read from the postmortem, plus where it came from. */
export const IncidentSchema = ParsedIncidentSchema.extend({
  id: z.string(),
  contentHash: z.string(),
  format: z.enum(SOURCE_FORMATS),
  fileName: z.string(),
  sourceText: z.string(),
  importedAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Incident = z.infer<typeof IncidentSchema>;

export const ItemSourceSchema = z.object({
  quote: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type ItemSource = z.infer<typeof ItemSourceSchema>;

export const ActionItemSchema = z.object({
  id: z.string(),
  /** Null for an item created by hand. */
  incidentId: z.string().nullable(),
  title: z.string().min(1).max(200),
  detail: z.string(),
  kind: z.enum(ITEM_KINDS),
  themes: z.array(z.string()),
  status: z.enum(ITEM_STATUSES),
  wontDoReason: z.string().nullable(),
  owner: z.string().nullable(),
  dueDate: DueDateSchema.nullable(),
  priority: z.enum(PRIORITIES).nullable(),
  notes: z.string(),
  ticketLinks: z.array(z.string()),
  source: ItemSourceSchema.nullable(),
  confidence: z.number().nullable(),
  /** Set when a newer version of the postmortem no longer contains the item. */
  missingFromSource: z.boolean(),
  /** Fields the user changed by hand; a re-import never overwrites them. */
  editedFields: z.array(z.string()),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  closedAt: z.string().nullable(),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const ITEM_EVENT_TYPES = ['created', 'changed', 'deleted'] as const;
export const ItemEventSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  at: isoDateTime,
  type: z.enum(ITEM_EVENT_TYPES),
  /** The changed field for `changed` events, null otherwise. */
  field: z.string().nullable(),
  from: z.unknown(),
  to: z.unknown(),
  meetingId: z.string().nullable(),
  /** Events written by one user action share a batch: undo and redo work per batch. */
  batchId: z.string(),
});
export type ItemEvent = z.infer<typeof ItemEventSchema>;

export const THEME_KINDS = ['remediation', 'failure'] as const;
export const ThemeSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  label: z.string().min(1),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  kind: z.enum(THEME_KINDS),
  /** Keywords or phrases (case-insensitive) that assign this theme. */
  rules: z.array(z.string()),
  retired: z.boolean(),
});
export type Theme = z.infer<typeof ThemeSchema>;

export const OwnerSchema = z.object({ id: z.string(), name: z.string().min(1), team: z.string().nullable() });
export type Owner = z.infer<typeof OwnerSchema>;

export const MeetingScopeSchema = z.object({
  kind: z.enum(['all-open', 'overdue', 'due-within', 'incident', 'theme', 'owner']),
  /** Days for `due-within`, or the incident id, theme id or owner name. */
  value: z.string().nullable(),
  order: z.enum(['due', 'priority', 'incident', 'age']),
});
export type MeetingScope = z.infer<typeof MeetingScopeSchema>;

export const MeetingSchema = z.object({
  id: z.string(),
  title: z.string(),
  startedAt: isoDateTime,
  endedAt: z.string().nullable(),
  scope: MeetingScopeSchema,
  itemIds: z.array(z.string()),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const SettingSchema = z.object({ key: z.string(), value: z.unknown() });
export type Setting = z.infer<typeof SettingSchema>;
