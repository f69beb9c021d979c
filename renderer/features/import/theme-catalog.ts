import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Theme } from '../../../shared/model';
import { listThemes } from '../../db';

export interface ThemeCatalog {
  /** Every theme, retired ones included, by id. */
  byId: ReadonlyMap<string, Theme>;
  /** Themes that can still be assigned, by kind, in label order. */
  remediation: readonly Theme[];
  failure: readonly Theme[];
}

const EMPTY: Theme[] = [];

/** The user's themes, live. */
export function useThemeCatalog(): ThemeCatalog {
  const themes = useLiveQuery(listThemes) ?? EMPTY;
  return useMemo(() => {
    const active = themes.filter((theme) => !theme.retired).sort((a, b) => a.label.localeCompare(b.label));
    return {
      byId: new Map(themes.map((theme) => [theme.id, theme])),
      remediation: active.filter((theme) => theme.kind === 'remediation'),
      failure: active.filter((theme) => theme.kind === 'failure'),
    };
  }, [themes]);
}

/** A theme's label, or its id while themes load or after it was deleted. */
export function themeLabel(catalog: ThemeCatalog, id: string): string {
  return catalog.byId.get(id)?.label ?? id;
}
