import type { CSSProperties } from 'react';
import type { Theme } from '../../shared/model';
import { CloseIcon } from './icons';
import './theme-chips.css';

/** The colour of a theme that is unknown (still loading, or deleted). */
const UNKNOWN_COLOUR = '#8a8a93';

export interface ThemeChipsProps {
  ids: readonly string[];
  /** Every theme, retired ones included, by id; an unknown id shows as itself. */
  themeById: ReadonlyMap<string, Theme>;
  /** Show this many chips and count the rest ("+2", naming them in its tooltip). */
  maxShown?: number;
  /** When given, each chip has a remove button. */
  onRemove?(id: string): void;
  /** Shown when there are no themes. */
  empty?: string;
  /** `compact` fits a table cell: one line, no fill, long labels cut short. */
  density?: 'regular' | 'compact';
}

/** Theme ids as labelled chips, each with a dot in its theme's colour. */
export function ThemeChips({ ids, themeById, maxShown = Infinity, onRemove, empty, density = 'regular' }: ThemeChipsProps) {
  if (ids.length === 0) return empty ? <span className="theme-chips-empty">{empty}</span> : null;
  const label = (id: string) => themeById.get(id)?.label ?? id;
  const hidden = ids.slice(maxShown);
  return (
    <ul className={`theme-chips theme-chips--${density}`}>
      {ids.slice(0, maxShown).map((id) => (
        <li key={id} className="theme-chip" style={{ '--theme-colour': themeById.get(id)?.colour ?? UNKNOWN_COLOUR } as CSSProperties}>
          <span className="theme-chip-dot" aria-hidden="true" />
          <span className="theme-chip-label">{label(id)}</span>
          {onRemove && (
            <button type="button" className="chip-remove theme-chip-remove" aria-label={`Remove theme ${label(id)}`} onClick={() => onRemove(id)}>
              <CloseIcon />
            </button>
          )}
        </li>
      ))}
      {hidden.length > 0 && (
        <li className="theme-chip-more" title={hidden.map(label).join(', ')}>
          +{hidden.length}
        </li>
      )}
    </ul>
  );
}
