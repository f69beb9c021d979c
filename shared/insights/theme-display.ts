/** How a theme id is shown: the user's label and colour, or a readable fallback for unknown ids. */
import type { Theme } from '../model';

export interface ThemeDisplay {
  id: string;
  label: string;
  colour: string;
}

export const UNKNOWN_THEME_COLOUR = '#8a94a6';

/** `relay-loop` → `Relay loop`. */
export function labelFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function themeDisplayLookup(themes: readonly Theme[]): (id: string) => ThemeDisplay {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  return (id) => {
    const theme = byId.get(id);
    return { id, label: theme?.label ?? labelFromId(id), colour: theme?.colour ?? UNKNOWN_THEME_COLOUR };
  };
}
