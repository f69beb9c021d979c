import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type CSSProperties } from 'react';
import type { Theme } from '../../../shared/model';
import { listThemes, saveTheme } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { SettingsSection } from './SettingsLayout';
import { ThemeEditorDialog } from './ThemeEditorDialog';

const KIND_ORDER = { remediation: 0, failure: 1 } as const;

function ThemeRow({ theme, onEdit }: { theme: Theme; onEdit(): void }) {
  const toggleRetired = () =>
    saveTheme({ ...theme, retired: !theme.retired }).then(
      () => showToast({ title: theme.retired ? `"${theme.label}" is back in use` : `Retired "${theme.label}"` }),
      (error: unknown) => showToast({ tone: 'error', title: 'The theme was not changed', description: String(error) }),
    );
  return (
    <li className={`theme-row${theme.retired ? ' is-retired' : ''}`}>
      <span className="theme-swatch" style={{ '--theme-colour': theme.colour } as CSSProperties} aria-hidden="true" />
      <span className="theme-row-label">{theme.label}</span>
      <span className="theme-row-meta">
        {theme.kind === 'failure' ? 'Failure' : 'Remediation'} · {theme.rules.length} rule{theme.rules.length === 1 ? '' : 's'}
        {theme.retired && ' · retired'}
      </span>
      <span className="theme-row-actions">
        <Button size="sm" variant="ghost" aria-label={`Edit ${theme.label}`} onClick={onEdit}>
          Edit
        </Button>
        <Button size="sm" variant="ghost" aria-label={`${theme.retired ? 'Restore' : 'Retire'} ${theme.label}`} onClick={() => void toggleRetired()}>
          {theme.retired ? 'Restore' : 'Retire'}
        </Button>
      </span>
    </li>
  );
}

/** The taxonomy: every theme, its colour and the rules that assign it. */
export function ThemesSection() {
  const themes = useLiveQuery(listThemes, []);
  const [editing, setEditing] = useState<Theme | 'new' | null>(null);
  const sorted = [...(themes ?? [])].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.label.localeCompare(b.label));
  return (
    <SettingsSection
      title="Themes"
      description="Themes group remediation work and failures. Their rules — words or phrases, a trailing * for any ending — tag new items; retired themes tag nothing new."
    >
      <ul className="theme-list" aria-label="Themes">
        {sorted.map((theme) => (
          <ThemeRow key={theme.id} theme={theme} onEdit={() => setEditing(theme)} />
        ))}
      </ul>
      <div className="settings-card-footer">
        <Button size="sm" onClick={() => setEditing('new')}>
          Add theme
        </Button>
      </div>
      {editing !== null && (
        <ThemeEditorDialog theme={editing === 'new' ? null : editing} themes={themes ?? []} onClose={() => setEditing(null)} />
      )}
    </SettingsSection>
  );
}
