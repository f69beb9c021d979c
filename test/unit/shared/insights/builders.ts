/** Small, explicit records for hand-computed aggregation cases. */
import type { ActionItem, Incident, ItemEvent, ItemStatus, Meeting, Theme } from '../../../../shared/model';

export function incident(id: string, fields: Partial<Incident> = {}): Incident {
  return {
    id,
    contentHash: `hash-${id}`,
    title: `Incident ${id}`,
    organization: 'LiveKit',
    publishedAt: null,
    startedAt: '2024-01-01T00:00:00Z',
    resolvedAt: null,
    durationMinutes: null,
    components: [],
    failureThemes: [],
    format: 'text',
    fileName: `${id}.txt`,
    sourceText: '',
    updates: [],
    sections: [],
    timeline: [],
    importedAt: '2024-06-01T00:00:00Z',
    updatedAt: '2024-06-01T00:00:00Z',
    ...fields,
  };
}

export function item(id: string, fields: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    incidentId: null,
    title: `Item ${id}`,
    detail: '',
    kind: 'prevent',
    themes: [],
    status: 'open',
    wontDoReason: null,
    owner: null,
    dueDate: null,
    priority: null,
    notes: '',
    ticketLinks: [],
    source: null,
    confidence: null,
    missingFromSource: false,
    editedFields: [],
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    closedAt: null,
    ...fields,
  };
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
