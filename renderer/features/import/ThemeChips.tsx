import type { CSSProperties } from 'react';
import { CloseIcon } from '../../ui/icons';
import { themeLabel, type ThemeCatalog } from './theme-catalog';
import './theme-tags.css';

export interface ThemeChipsProps {
  ids: readonly string[];
  catalog: ThemeCatalog;
  /** When given, each chip has a remove button. */
  onRemove?(id: string): void;
  /** Shown when there are no themes. */
  empty?: string;
}

/** Theme ids as labelled chips, each with its theme's colour as a dot. */
export function ThemeChips({ ids, catalog, onRemove, empty }: ThemeChipsProps) {
  if (ids.length === 0) return empty ? <span className="theme-tags-empty">{empty}</span> : null;
  return (
    <ul className="theme-tags">
      {ids.map((id) => {
        const label = themeLabel(catalog, id);
        const colour = catalog.byId.get(id)?.colour ?? '#8a8a93';
        return (
          <li key={id} className="theme-tag" style={{ '--theme-colour': colour } as CSSProperties}>
            <span className="theme-tag-dot" aria-hidden="true" />
            {label}
            {onRemove && (
              <button type="button" className="theme-tag-remove" aria-label={`Remove theme ${label}`} onClick={() => onRemove(id)}>
                <CloseIcon />
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
