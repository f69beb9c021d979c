/** Creating, changing and deleting items by hand: every change is an event and one undo step. */
import { ActionItemSchema, type ActionItem, type ItemKind } from '../../shared/model';
import { db } from './database';
import { TrackerRuleError } from './errors';
import { createdEvent, deletedEvent, newBatchId } from './item-events';
import { parseItemPatch, type EditableItemField, type ItemPatch } from './item-patch';
import { ITEM_WRITE_TABLES, rememberOwner, writeItemPatch } from './item-writes';
import { recordUndoStep } from './undo';

export interface NewItem extends Partial<Pick<ActionItem, Exclude<EditableItemField, 'title' | 'kind'>>> {
  title: string;
  kind: ItemKind;
  /** The incident the item belongs to; null or absent for a stand-alone item. */
  incidentId?: string | null;
}

export interface ChangeOptions {
  /** The review meeting the change is made in, recorded on its events. */
  meetingId?: string | null;
}

const FIELD_LABELS: Record<EditableItemField, string> = {
  title: 'title',
  detail: 'detail',
  kind: 'kind',
  themes: 'themes',
  status: 'status',
  wontDoReason: "won't-do reason",
  owner: 'owner',
  dueDate: 'due date',
  priority: 'priority',
  notes: 'notes',
  ticketLinks: 'ticket links',
};

function describeChange(patch: ItemPatch, count: number): string {
  const fields = (Object.keys(patch) as EditableItemField[]).map((field) => FIELD_LABELS[field]);
  const what = fields.length === 1 ? `Change ${fields[0]}` : 'Edit';
  return count === 1 ? what : `${what} of ${count} items`;
}

export async function createItem(input: NewItem, options: ChangeOptions = {}): Promise<ActionItem> {
  const at = new Date().toISOString();
  const candidate: ActionItem = {
    id: crypto.randomUUID(),
    incidentId: input.incidentId ?? null,
    title: input.title.trim(),
    detail: input.detail ?? '',
    kind: input.kind,
    themes: input.themes && input.themes.length > 0 ? input.themes : ['other'],
    status: input.status ?? 'open',
    wontDoReason: input.wontDoReason ?? null,
    owner: input.owner ?? null,
    dueDate: input.dueDate ?? null,
    priority: input.priority ?? null,
    notes: input.notes ?? '',
    ticketLinks: input.ticketLinks ?? [],
    source: null,
    confidence: null,
    missingFromSource: false,
    editedFields: [],
    createdAt: at,
    updatedAt: at,
    closedAt: input.status === 'done' || input.status === 'wont_do' ? at : null,
  };
  const parsed = ActionItemSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TrackerRuleError(`Invalid ${issue?.path.join('.') ?? 'item'}: ${issue?.message ?? 'not allowed'}`);
  }
  if (parsed.data.status === 'wont_do' && !parsed.data.wontDoReason?.trim()) {
    throw new TrackerRuleError("An item marked won't do needs a reason.");
  }
  const item = parsed.data;
  const batchId = newBatchId();
  await db.transaction('rw', [...ITEM_WRITE_TABLES, db.incidents], async () => {
    if (item.incidentId !== null && !(await db.incidents.get(item.incidentId))) {
      throw new TrackerRuleError('The incident this item belongs to no longer exists.');
    }
    await db.items.add(item);
    await db.events.add(createdEvent(item, { at, batchId, meetingId: options.meetingId ?? null }));
    await rememberOwner(item.owner);
    await recordUndoStep(batchId, 'Add item', at);
  });
  return item;
}

/** Changes one item; resolves to the item as stored afterwards. */
export async function updateItem(id: string, patch: ItemPatch, options: ChangeOptions = {}): Promise<ActionItem> {
  const valid = parseItemPatch(patch);
  return db.transaction('rw', ITEM_WRITE_TABLES, async () => {
    const item = await db.items.get(id);
    if (!item) throw new TrackerRuleError('This item no longer exists.');
    const at = new Date().toISOString();
    const batchId = newBatchId();
    const [changed] = await writeItemPatch([item], valid, { at, batchId, meetingId: options.meetingId ?? null }, true);
    if (!changed) return item;
    await recordUndoStep(batchId, describeChange(valid, 1), at);
    return changed;
  });
}

/**
 * One change to many items, as one undo step; resolves to how many items changed. `change` is the same patch for
 * every item, or a patch worked out from each item ("add these themes to its own").
 */
export async function bulkUpdateItems(
  ids: readonly string[],
  change: ItemPatch | ((item: ActionItem) => ItemPatch),
  options: ChangeOptions = {},
): Promise<number> {
  // One patch for all is checked before anything is read, and written in one go.
  const shared = typeof change === 'function' ? null : parseItemPatch(change);
  return db.transaction('rw', ITEM_WRITE_TABLES, async () => {
    const items = (await db.items.bulkGet([...ids])).filter((item): item is ActionItem => item !== undefined);
    const context = { at: new Date().toISOString(), batchId: newBatchId(), meetingId: options.meetingId ?? null };
    let changed: ActionItem[] = [];
    let described = shared;
    if (shared) changed = await writeItemPatch(items, shared, context, true);
    else if (typeof change === 'function') {
      for (const item of items) {
        const patch = parseItemPatch(change(item));
        const written = await writeItemPatch([item], patch, context, true);
        if (written.length > 0) described ??= patch;
        changed.push(...written);
      }
    }
    if (changed.length > 0 && described) await recordUndoStep(context.batchId, describeChange(described, changed.length), context.at);
    return changed.length;
  });
}

/** Deletes items as one undo step, keeping their history; undo brings them back. Resolves to how many were deleted. */
export async function deleteItems(ids: readonly string[], options: ChangeOptions = {}): Promise<number> {
  return db.transaction('rw', ITEM_WRITE_TABLES, async () => {
    const items = (await db.items.bulkGet([...ids])).filter((item): item is ActionItem => item !== undefined);
    if (items.length === 0) return 0;
    const context = { at: new Date().toISOString(), batchId: newBatchId(), meetingId: options.meetingId ?? null };
    await db.items.bulkDelete(items.map((item) => item.id));
    await db.events.bulkAdd(items.map((item) => deletedEvent(item, context)));
    await recordUndoStep(context.batchId, items.length === 1 ? 'Delete item' : `Delete ${items.length} items`, context.at);
    return items.length;
  });
}
