/**
 * The dashboard's filters, applied once so every chart and figure counts the same items.
 */
import type { ActionItem, Incident, ItemEvent, Theme } from '../model';
import { dayOf, parseTime } from './calendar';
import { REMEDIATION_THEMES_BY_FAILURE_THEME } from './failure-remediation';

export interface DashboardInput {
  incidents: readonly Incident[];
  items: readonly ActionItem[];
  events: readonly ItemEvent[];
  themes: readonly Theme[];
}

export interface DashboardFilters {
  /** Inclusive `YYYY-MM-DD` bounds on the incident's date; a hand-made item uses its creation date. */
  from?: string | null;
  to?: string | null;
  /** Keeps incidents of this organization and their items; hand-made items have none. */
  organization?: string | null;
  /**
   * A remediation theme keeps the items that carry it and the incidents they came from.
   * A failure theme keeps the incidents where it appeared, their items, and items
   * elsewhere on a remediation theme that addresses it.
   */
  themeId?: string | null;
}

export interface FilteredData {
  incidents: Incident[];
  items: ActionItem[];
  /** Where each of `items` is in the input's items. */
  itemPositions: Int32Array;
  /** Every incident of the input, filtered or not, for looking up an item's incident. */
  incidentById: Map<string, Incident>;
}

/** When the incident happened: its start, else its publication, else its import. */
export function incidentTime(incident: Incident): number {
  return parseTime(incident.startedAt ?? incident.publishedAt ?? incident.importedAt);
}

export function incidentDay(incident: Incident): string {
  return dayOf(incidentTime(incident));
}

export function isFailureTheme(themeId: string, themes: readonly Theme[]): boolean {
  const theme = themes.find((candidate) => candidate.id === themeId);
  return theme ? theme.kind === 'failure' : themeId in REMEDIATION_THEMES_BY_FAILURE_THEME;
}

export function indexIncidents(incidents: readonly Incident[]): Map<string, Incident> {
  return new Map(incidents.map((incident) => [incident.id, incident]));
}

export function applyFilters(input: DashboardInput, filters: DashboardFilters): FilteredData {
  const incidentById = indexIncidents(input.incidents);
  const { from, to, organization, themeId } = filters;
  const inRange = (day: string): boolean => (!from || day >= from) && (!to || day <= to);
  const incidentInScope = (incident: Incident): boolean =>
    (!organization || incident.organization === organization) && inRange(incidentDay(incident));

  const failureThemeId = themeId && isFailureTheme(themeId, input.themes) ? themeId : null;
  const remediationThemeId = themeId && !failureThemeId ? themeId : null;
  const addressingThemes = failureThemeId ? (REMEDIATION_THEMES_BY_FAILURE_THEME[failureThemeId] ?? []) : [];

  const scopedIncidents = new Map<string, Incident>();
  for (const incident of input.incidents) if (incidentInScope(incident)) scopedIncidents.set(incident.id, incident);

  const items: ActionItem[] = [];
  const positions = new Int32Array(input.items.length);
  const incidentsWithItems = new Set<string>();
  for (let position = 0; position < input.items.length; position += 1) {
    const item = input.items[position]!;
    const incidentId = item.incidentId;
    const incident = incidentId === null ? undefined : scopedIncidents.get(incidentId);
    if (!incident) {
      // Out of scope, or an item without a (known) incident, which the date range selects by its creation.
      if (incidentId !== null && incidentById.has(incidentId)) continue;
      if (organization || !inRange(item.createdAt.slice(0, 10))) continue;
    }
    if (remediationThemeId && !item.themes.includes(remediationThemeId)) continue;
    if (
      failureThemeId &&
      !incident?.failureThemes.includes(failureThemeId) &&
      !item.themes.some((theme) => addressingThemes.includes(theme))
    )
      continue;
    positions[items.length] = position;
    items.push(item);
    if (incident && remediationThemeId) incidentsWithItems.add(incident.id);
  }

  const incidents = input.incidents.filter((incident) => {
    if (!scopedIncidents.has(incident.id)) return false;
    if (failureThemeId) return incident.failureThemes.includes(failureThemeId);
    if (remediationThemeId) return incidentsWithItems.has(incident.id);
    return true;
  });
  return { incidents, items, itemPositions: positions.slice(0, items.length), incidentById };
}
