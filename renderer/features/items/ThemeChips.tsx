import type { CSSProperties } from 'react';
import type { Theme } from '../../../shared/model';

/** Themes as small chips, each with a dot in the theme's colour. */
export function ThemeChips({ ids, themeById }: { ids: readonly string[]; themeById: ReadonlyMap<string, Theme> }) {
  return (
    <span className="theme-chips">
      {ids.map((id) => {
        const theme = themeById.get(id);
        return (
          <span key={id} className="theme-chip" style={{ '--theme-colour': theme?.colour ?? '#8a8a94' } as CSSProperties}>
            {theme?.label ?? id}
          </span>
        );
      })}
    </span>
  );
}
