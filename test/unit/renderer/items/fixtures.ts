/** Items built in memory for the pure tests of the items feature. */
import type { ActionItem } from '../../../../shared/model';

export function item(id: string, overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    incidentId: 'inc-1',
    title: `Item ${id}`,
    detail: '',
    kind: 'prevent',
    themes: ['validation'],
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
    createdAt: `2025-01-0${id.length}T00:00:00.000Z`,
    updatedAt: '2025-01-01T00:00:00.000Z',
    closedAt: null,
    ...overrides,
  };
}
