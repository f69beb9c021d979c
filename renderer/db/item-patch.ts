/**
 * Applying a change to an item: which fields the user may edit, what a change does to
 * the derived fields (closedAt, updatedAt), and the list of field changes that become
 * `changed` events.
 */
import type { z } from 'zod';
import { ActionItemSchema, CLOSED_STATUSES, type ActionItem } from '../../shared/model';
import { TrackerRuleError } from './errors';

export const EDITABLE_ITEM_FIELDS = [
  'title',
  'detail',
  'kind',
  'themes',
  'status',
  'wontDoReason',
  'owner',
  'dueDate',
  'priority',
  'notes',
  'ticketLinks',
] as const;
export type EditableItemField = (typeof EDITABLE_ITEM_FIELDS)[number];

export const ItemPatchSchema = ActionItemSchema.pick({
  title: true,
  detail: true,
  kind: true,
  themes: true,
  status: true,
  wontDoReason: true,
  owner: true,
  dueDate: true,
  priority: true,
  notes: true,
  ticketLinks: true,
})
  .partial()
  .strict();
export type ItemPatch = z.infer<typeof ItemPatchSchema>;

/** Fields whose every change is recorded as an event. */
export type TrackedItemField = EditableItemField | 'missingFromSource';
export type TrackedItemPatch = Partial<Pick<ActionItem, TrackedItemField>>;

export interface FieldChange {
  field: TrackedItemField;
  from: unknown;
  to: unknown;
}

/** Validates a patch from the UI, with a message naming the offending field. */
export function parseItemPatch(patch: unknown): ItemPatch {
  const parsed = ItemPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'change';
    throw new TrackerRuleError(`Invalid ${field}: ${issue?.message ?? 'not allowed'}`);
  }
  return parsed.data;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The item after `patch`, and the fields that really changed. `markEdited` records the
 * fields as the user's own, so a later re-import leaves them alone.
 */
export function applyItemPatch(
  item: ActionItem,
  patch: TrackedItemPatch,
  at: string,
  markEdited: boolean,
): { next: ActionItem; changes: FieldChange[] } {
  const changes: FieldChange[] = [];
  const next: ActionItem = { ...item };
  for (const [field, to] of Object.entries(patch) as [TrackedItemField, unknown][]) {
    if (to === undefined || sameValue(item[field], to)) continue;
    changes.push({ field, from: item[field], to });
    (next as Record<TrackedItemField, unknown>)[field] = to;
  }
  if (changes.length === 0) return { next: item, changes };
  if (next.status === 'wont_do' && !next.wontDoReason?.trim()) {
    throw new TrackerRuleError(`"${item.title}" needs a reason to be marked won't do.`);
  }
  const wasClosed = CLOSED_STATUSES.includes(item.status);
  const isClosed = CLOSED_STATUSES.includes(next.status);
  if (isClosed && !wasClosed) next.closedAt = at;
  if (!isClosed) next.closedAt = null;
  next.updatedAt = at;
  if (markEdited) {
    const edited = new Set(item.editedFields);
    for (const { field } of changes) edited.add(field);
    next.editedFields = [...edited];
  }
  return { next, changes };
}
