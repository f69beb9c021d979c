/**
 * The history records of items. `created` events carry the status the item started
 * with in `to`; `deleted` events carry the whole item in `from`, so undo can bring it back.
 */
import type { ActionItem, ItemEvent } from '../../shared/model';
import type { FieldChange } from './item-patch';

export interface EventContext {
  at: string;
  batchId: string;
  meetingId: string | null;
}

export function newBatchId(): string {
  return crypto.randomUUID();
}

export function createdEvent(item: ActionItem, context: EventContext): ItemEvent {
  return { id: crypto.randomUUID(), itemId: item.id, type: 'created', field: null, from: null, to: item.status, ...context };
}

export function deletedEvent(item: ActionItem, context: EventContext): ItemEvent {
  return { id: crypto.randomUUID(), itemId: item.id, type: 'deleted', field: null, from: item, to: null, ...context };
}

export function changedEvents(itemId: string, changes: readonly FieldChange[], context: EventContext): ItemEvent[] {
  return changes.map(({ field, from, to }) => ({
    id: crypto.randomUUID(),
    itemId,
    type: 'changed',
    field,
    from,
    to,
    ...context,
  }));
}
