import type { CSSProperties } from 'react';
import type { Theme } from '../../../shared/model';

export interface ThemeChipsProps {
  ids: readonly string[];
  themeById: ReadonlyMap<string, Theme>;
  /** Show this many chips and count the rest ("+2"). */
  limit?: number;
}

/** Themes as small chips, each with a dot in the theme's colour. */
export function ThemeChips({ ids, themeById, limit = Infinity }: ThemeChipsProps) {
  const hidden = ids.slice(limit);
  return (
    <span className="theme-chips">
      {ids.slice(0, limit).map((id) => {
        const theme = themeById.get(id);
        return (
          <span key={id} className="theme-chip" style={{ '--theme-colour': theme?.colour ?? '#8a8a94' } as CSSProperties}>
            <span className="theme-chip-label">{theme?.label ?? id}</span>
          </span>
        );
      })}
      {hidden.length > 0 && (
        <span className="theme-chip-more" title={hidden.map((id) => themeById.get(id)?.label ?? id).join(', ')}>
          +{hidden.length}
        </span>
      )}
    </span>
  );
}
