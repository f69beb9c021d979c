/** Names and colours the item views show next to ids: themes, owners, incident titles. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Owner, Theme } from '../../../shared/model';
import { listIncidentTitles, listOwners, listThemes } from '../../db';

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

export function useLookups(): Lookups {
  const themes = useLiveQuery(listThemes, []) ?? NO_THEMES;
  const owners = useLiveQuery(listOwners, []) ?? NO_OWNERS;
  const incidentTitles = useLiveQuery(listIncidentTitles, []) ?? NO_TITLES;
  return useMemo(() => {
    const themeById = new Map(themes.map((theme) => [theme.id, theme]));
    const themeLabels = new Map(themes.map((theme) => [theme.id, theme.label]));
    return { themes, themeById, themeLabels, owners, incidentTitles };
  }, [themes, owners, incidentTitles]);
}
