/**
 * Plain tracker records for tests, complete and valid, with every field a test does not
 * care about at a neutral default. Feature fixtures wrap these with their own defaults.
 */
import type { ActionItem, Incident } from '../../shared/model';

export function actionItem(id: string, fields: Partial<ActionItem> = {}): ActionItem {
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
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    closedAt: null,
    ...fields,
  };
}

export function incidentRecord(id: string, fields: Partial<Incident> = {}): Incident {
  return {
    id,
    contentHash: `hash-${id}`,
    title: `Incident ${id}`,
    organization: 'Acme',
    publishedAt: null,
    startedAt: '2024-01-01T00:00:00.000Z',
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
    importedAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...fields,
  };
}
