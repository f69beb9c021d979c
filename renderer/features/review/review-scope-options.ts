/** The choices offered for an incident, theme or owner scope: only those with unfinished items. */
import { incidentTime, themeDisplayLookup } from '../../../shared/insights';
import { CLOSED_STATUSES, type ActionItem, type Incident, type Theme } from '../../../shared/model';
import { UNASSIGNED_OWNER, type ScopeKind } from './review-scope';

export interface ScopeValueOption {
  value: string;
  label: string;
  /** Unfinished items it covers. */
  count: number;
}

export type ScopeValueOptions = Record<Extract<ScopeKind, 'incident' | 'theme' | 'owner'>, ScopeValueOption[]>;

function tally(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function scopeValueOptions(
  items: readonly ActionItem[],
  incidents: readonly Incident[],
  themes: readonly Theme[],
): ScopeValueOptions {
  const unfinished = items.filter((item) => !CLOSED_STATUSES.includes(item.status));
  const byIncident = tally(unfinished.flatMap((item) => (item.incidentId === null ? [] : [item.incidentId])));
  const byTheme = tally(unfinished.flatMap((item) => item.themes));
  const byOwner = tally(unfinished.map((item) => item.owner ?? UNASSIGNED_OWNER));
  const display = themeDisplayLookup(themes);
  const byLabel = (a: ScopeValueOption, b: ScopeValueOption) => a.label.localeCompare(b.label);
  return {
    incident: [...incidents]
      .filter((incident) => byIncident.has(incident.id))
      .sort((a, b) => incidentTime(b) - incidentTime(a))
      .map((incident) => ({ value: incident.id, label: incident.title, count: byIncident.get(incident.id)! })),
    theme: [...byTheme].map(([id, count]) => ({ value: id, label: display(id).label, count })).sort(byLabel),
    owner: [...byOwner]
      .map(([owner, count]) => ({ value: owner, label: owner === UNASSIGNED_OWNER ? 'Unassigned' : owner, count }))
      .sort(byLabel),
  };
}
