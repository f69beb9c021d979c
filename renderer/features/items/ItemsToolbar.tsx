import type { Ref } from 'react';
import { ITEM_KINDS, ITEM_STATUSES, STATUS_LABELS, type ItemKind, type ItemStatus } from '../../../shared/model';
import { Button } from '../../ui/Button';
import { CloseIcon } from '../../ui/icons';
import { scopeChips } from './scope-chips';
import type { Lookups } from './use-lookups';
import { clearedView, isFiltered, NONE, type ItemsView } from './view-state';

const ACTIVE: ItemStatus[] = ['proposed', 'open', 'in_progress', 'blocked'];
const ACTIVE_KEY = 'active';
const SEVERAL_THEMES = 'several';

function statusChoice(statuses: readonly ItemStatus[]): string {
  if (statuses.length === 0) return '';
  if (statuses.length === 1) return statuses[0]!;
  return ACTIVE.length === statuses.length && ACTIVE.every((s) => statuses.includes(s)) ? ACTIVE_KEY : 'custom';
}

function statusesFor(choice: string): ItemStatus[] {
  if (choice === ACTIVE_KEY) return ACTIVE;
  return (ITEM_STATUSES as readonly string[]).includes(choice) ? [choice as ItemStatus] : [];
}

export interface ItemsToolbarProps {
  view: ItemsView;
  /** `replace` keeps typing in the search box out of the history. */
  onChange(change: Partial<ItemsView>, replace?: boolean): void;
  lookups: Lookups;
  /** Incidents offered in the incident filter, as [id, title]. */
  incidents: readonly [string, string][];
  searchRef: Ref<HTMLInputElement>;
}

/** Search and filters of the items table; every value lives in the route. */
export function ItemsToolbar({ view, onChange, lookups, incidents, searchRef }: ItemsToolbarProps) {
  const status = statusChoice(view.statuses);
  const themes = lookups.themes.filter((theme) => theme.kind === 'remediation');
  const themeChoice = view.themes.length > 1 ? SEVERAL_THEMES : (view.themes[0] ?? '');
  const chips = scopeChips(view, lookups.themeById);
  return (
    <div className="items-toolbar" role="search" aria-label="Filter items">
      <input
        ref={searchRef}
        type="search"
        className="toolbar-search"
        aria-label="Search items"
        placeholder="Search items…  /"
        value={view.search}
        onChange={(event) => onChange({ search: event.target.value }, true)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' || event.key === 'Enter') event.currentTarget.blur();
        }}
      />
      <select aria-label="Filter by status" className="toolbar-select" value={status} onChange={(e) => onChange({ statuses: statusesFor(e.target.value) })}>
        <option value="">Any status</option>
        <option value={ACTIVE_KEY}>Not closed</option>
        {status === 'custom' && <option value="custom">Several statuses</option>}
        {ITEM_STATUSES.map((value) => (
          <option key={value} value={value}>
            {STATUS_LABELS[value]}
          </option>
        ))}
      </select>
      <select
        aria-label="Theme"
        className="toolbar-select"
        value={themeChoice}
        onChange={(e) => onChange({ themes: e.target.value && e.target.value !== SEVERAL_THEMES ? [e.target.value] : [] })}
      >
        <option value="">All themes</option>
        {themeChoice === SEVERAL_THEMES && (
          <option value={SEVERAL_THEMES}>{view.themes.map((id) => lookups.themeLabels.get(id) ?? id).join(' + ')}</option>
        )}
        {themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by kind"
        className="toolbar-select"
        value={view.kinds.length === 1 ? view.kinds[0] : ''}
        onChange={(e) => onChange({ kinds: e.target.value ? [e.target.value as ItemKind] : [] })}
      >
        <option value="">Any kind</option>
        {ITEM_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kind}
          </option>
        ))}
      </select>
      <select aria-label="Filter by owner" className="toolbar-select" value={view.owner ?? ''} onChange={(e) => onChange({ owner: e.target.value || null })}>
        <option value="">Anyone</option>
        <option value={NONE}>Unassigned</option>
        {lookups.owners.map((owner) => (
          <option key={owner.id} value={owner.name}>
            {owner.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by incident"
        className="toolbar-select toolbar-select--wide"
        value={view.incident ?? ''}
        onChange={(e) => onChange({ incident: e.target.value || null })}
      >
        <option value="">All incidents</option>
        <option value={NONE}>Added by hand</option>
        {incidents.map(([id, title]) => (
          <option key={id} value={id}>
            {title}
          </option>
        ))}
      </select>
      <label className="toolbar-check">
        <input type="checkbox" checked={view.overdue} onChange={(e) => onChange({ overdue: e.target.checked })} />
        Overdue
      </label>
      <label className="toolbar-date">
        <span>Due from</span>
        <input type="date" value={view.dueFrom ?? ''} onChange={(e) => onChange({ dueFrom: e.target.value || null })} />
      </label>
      <label className="toolbar-date">
        <span>to</span>
        <input
          type="date"
          aria-label="Due to"
          value={view.dueTo ?? ''}
          onChange={(e) => onChange({ dueTo: e.target.value || null })}
        />
      </label>
      {isFiltered(view) && (
        <Button size="sm" variant="ghost" onClick={() => onChange(clearedView(view))}>
          Clear filters
        </Button>
      )}
      {chips.length > 0 && (
        <ul className="toolbar-chips" aria-label="More filters">
          {chips.map((chip) => (
            <li key={chip.key} className="toolbar-chip" title={chip.explanation}>
              {chip.label}
              <button type="button" className="chip-remove" aria-label={`Remove filter ${chip.label}`} onClick={() => onChange(chip.removal)}>
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
