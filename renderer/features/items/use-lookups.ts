/** Names and colours the item views show next to ids: themes, owners, incident titles. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Owner, Theme } from '../../../shared/model';
import { listIncidentsWithProgress, listOwners, listThemes } from '../../db';

export interface Lookups {
  themes: readonly Theme[];
  themeById: ReadonlyMap<string, Theme>;
  themeLabels: ReadonlyMap<string, string>;
  owners: readonly Owner[];
  incidentTitles: ReadonlyMap<string, string>;
}

const NO_THEMES: Theme[] = [];
const NO_OWNERS: Owner[] = [];

export function useLookups(): Lookups {
  const themes = useLiveQuery(listThemes, []) ?? NO_THEMES;
  const owners = useLiveQuery(listOwners, []) ?? NO_OWNERS;
  const incidents = useLiveQuery(listIncidentsWithProgress, []);
  return useMemo(() => {
    const themeById = new Map(themes.map((theme) => [theme.id, theme]));
    const themeLabels = new Map(themes.map((theme) => [theme.id, theme.label]));
    const incidentTitles = new Map((incidents ?? []).map(({ incident }) => [incident.id, incident.title]));
    return { themes, themeById, themeLabels, owners, incidentTitles };
  }, [themes, owners, incidents]);
}
