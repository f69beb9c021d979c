/** Small, explicit records for hand-computed aggregation cases. */
import type { ActionItem, Incident, ItemEvent, ItemStatus, Meeting, Theme } from '../../../../shared/model';
import { actionItem, incidentRecord } from '../../builders';

const AT_START = '2024-01-01T00:00:00Z';
const IMPORTED_AT = '2024-06-01T00:00:00Z';

export function incident(id: string, fields: Partial<Incident> = {}): Incident {
  return incidentRecord(id, { organization: 'LiveKit', startedAt: AT_START, importedAt: IMPORTED_AT, updatedAt: IMPORTED_AT, ...fields });
}

export function item(id: string, fields: Partial<ActionItem> = {}): ActionItem {
  return actionItem(id, { createdAt: AT_START, updatedAt: AT_START, ...fields });
}

let eventCounter = 0;

export function created(itemId: string, at: string): ItemEvent {
  eventCounter += 1;
  return { id: `e${eventCounter}`, itemId, at, type: 'created', field: null, from: null, to: null, meetingId: null, batchId: `b${eventCounter}` };
}

export function changed(itemId: string, at: string, field: string, from: unknown, to: unknown, meetingId: string | null = null): ItemEvent {
  eventCounter += 1;
  return { id: `e${eventCounter}`, itemId, at, type: 'changed', field, from, to, meetingId, batchId: `b${eventCounter}` };
}

export function statusChange(itemId: string, at: string, from: ItemStatus, to: ItemStatus, meetingId: string | null = null): ItemEvent {
  return changed(itemId, at, 'status', from, to, meetingId);
}

export function theme(id: string, label: string, kind: Theme['kind'], colour = '#336699'): Theme {
  return { id, label, colour, kind, rules: [], retired: false };
}

export function meeting(id: string, fields: Partial<Meeting> = {}): Meeting {
  return {
    id,
    title: `Review ${id}`,
    startedAt: '2024-03-01T09:00:00Z',
    endedAt: '2024-03-01T10:00:00Z',
    scope: { kind: 'all-open', value: null, order: 'due' },
    itemIds: [],
    ...fields,
  };
}
