/** Names and colours the item views show next to ids: themes, owners, incidents. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Incident, Owner, Theme } from '../../../shared/model';
import { listIncidents, listOwners, listThemes } from '../../db';

export interface Lookups {
  themes: readonly Theme[];
  themeById: ReadonlyMap<string, Theme>;
  themeLabels: ReadonlyMap<string, string>;
  owners: readonly Owner[];
  /** Every incident, for the filters on an item's incident (organization, date, failure theme). */
  incidents: readonly Incident[];
  /** Titles of the incidents the items came from. */
  incidentTitles: ReadonlyMap<string, string>;
}

const NO_THEMES: Theme[] = [];
const NO_OWNERS: Owner[] = [];
const NO_INCIDENTS: Incident[] = [];

export function useLookups(): Lookups {
  const themes = useLiveQuery(listThemes, []) ?? NO_THEMES;
  const owners = useLiveQuery(listOwners, []) ?? NO_OWNERS;
  const incidents = useLiveQuery(listIncidents, []) ?? NO_INCIDENTS;
  const incidentTitles = useMemo(() => new Map(incidents.map((incident) => [incident.id, incident.title])), [incidents]);
  return useMemo(() => {
    const themeById = new Map(themes.map((theme) => [theme.id, theme]));
    const themeLabels = new Map(themes.map((theme) => [theme.id, theme.label]));
    return { themes, themeById, themeLabels, owners, incidents, incidentTitles };
  }, [themes, owners, incidents, incidentTitles]);
}
