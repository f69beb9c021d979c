/** Items built in memory for the pure tests of the items feature. */
import type { ActionItem } from '../../../../shared/model';
import { actionItem } from '../../builders';

export function item(id: string, overrides: Partial<ActionItem> = {}): ActionItem {
  return actionItem(id, {
    incidentId: 'inc-1',
    themes: ['validation'],
    createdAt: `2025-01-0${id.length}T00:00:00.000Z`,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  });
}
