/** Names and colours the item views show next to ids: themes, owners, incident titles. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ActionItem, Owner, Theme } from '../../../shared/model';
import { getIncident, listOwners, listThemes } from '../../db';

export interface Lookups {
  themes: readonly Theme[];
  themeById: ReadonlyMap<string, Theme>;
  themeLabels: ReadonlyMap<string, string>;
  owners: readonly Owner[];
  /** Titles of the incidents the items came from. */
  incidentTitles: ReadonlyMap<string, string>;
}

const NO_THEMES: Theme[] = [];
const NO_OWNERS: Owner[] = [];
const NO_TITLES = new Map<string, string>();

/**
 * The titles of the items' incidents, read one incident at a time: listing every
 * incident with its progress counts all the items' index keys, which takes seconds at
 * 100,000 items, and the table only needs titles.
 */
function useIncidentTitles(items: readonly ActionItem[]): ReadonlyMap<string, string> {
  const ids = useMemo(() => {
    const unique = new Set<string>();
    for (const item of items) if (item.incidentId !== null) unique.add(item.incidentId);
    return [...unique].sort().join('\n');
  }, [items]);
  const titles = useLiveQuery(async () => {
    const incidents = await Promise.all((ids === '' ? [] : ids.split('\n')).map((id) => getIncident(id)));
    return new Map(incidents.flatMap((incident) => (incident ? [[incident.id, incident.title] as const] : [])));
  }, [ids]);
  return titles ?? NO_TITLES;
}

export function useLookups(items: readonly ActionItem[]): Lookups {
  const themes = useLiveQuery(listThemes, []) ?? NO_THEMES;
  const owners = useLiveQuery(listOwners, []) ?? NO_OWNERS;
  const incidentTitles = useIncidentTitles(items);
  return useMemo(() => {
    const themeById = new Map(themes.map((theme) => [theme.id, theme]));
    const themeLabels = new Map(themes.map((theme) => [theme.id, theme.label]));
    return { themes, themeById, themeLabels, owners, incidentTitles };
  }, [themes, owners, incidentTitles]);
}
