/** Plain records for the review and report tests. */
import type { ActionItem, Incident } from '../../../../shared/model';
import { actionItem, incidentRecord } from '../../builders';

export function item(overrides: Partial<ActionItem> & { id: string }): ActionItem {
  return actionItem(overrides.id, { themes: ['validation'], ...overrides });
}

export function incident(overrides: Partial<Incident> & { id: string }): Incident {
  return incidentRecord(overrides.id, overrides);
}
