/** Plain records for the review and report tests. */
import type { ActionItem, Incident } from '../../../../shared/model';

export function item(overrides: Partial<ActionItem> & { id: string }): ActionItem {
  return {
    incidentId: null,
    title: `Item ${overrides.id}`,
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
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    closedAt: null,
    ...overrides,
  };
}

export function incident(overrides: Partial<Incident> & { id: string }): Incident {
  return {
    contentHash: `hash-${overrides.id}`,
    title: `Incident ${overrides.id}`,
    organization: 'Acme',
    publishedAt: null,
    startedAt: '2024-01-01T00:00:00.000Z',
    resolvedAt: null,
    durationMinutes: null,
    components: [],
    failureThemes: [],
    format: 'text',
    fileName: `${overrides.id}.txt`,
    sourceText: '',
    updates: [],
    sections: [],
    timeline: [],
    importedAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}
