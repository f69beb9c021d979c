import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { THEME_KINDS, type Theme } from '../../../shared/model';
import { loadAllItems, retagItems, saveTheme } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../items/Field';
import { previewRuleChange, retagChanges, rulesFromText, themeIdFor } from './rule-preview';
import { RulePreviewList } from './RulePreviewList';

const NEW_THEME_COLOUR = '#6b7280';

export interface ThemeEditorDialogProps {
  /** The theme to edit, or null to add one. */
  theme: Theme | null;
  themes: readonly Theme[];
  onClose(): void;
}

/** Rename, recolour and change a theme's rules, seeing which items the rules would re-tag. */
export function ThemeEditorDialog({ theme, themes, onClose }: ThemeEditorDialogProps) {
  const [label, setLabel] = useState(theme?.label ?? '');
  const [colour, setColour] = useState(theme?.colour ?? NEW_THEME_COLOUR);
  const [kind, setKind] = useState<Theme['kind']>(theme?.kind ?? 'remediation');
  const [rulesText, setRulesText] = useState(theme?.rules.join('\n') ?? '');
  const [error, setError] = useState<string | null>(null);
  const items = useLiveQuery(loadAllItems, []);

  const id = useMemo(() => theme?.id ?? themeIdFor(label, new Set(themes.map((t) => t.id))), [theme, label, themes]);
  const draft: Theme = { id, label: label.trim(), colour, kind, rules: rulesFromText(rulesText), retired: theme?.retired ?? false };
  const deferredRules = useDeferredValue(rulesText);
  const preview = useMemo(
    () => previewRuleChange(items ?? [], theme, { id, label, colour, kind, rules: rulesFromText(deferredRules), retired: false }),
    [items, theme, id, label, colour, kind, deferredRules],
  );
  const retagCount = preview.added.length + preview.removed.length;
  const labelError = label.trim() === '' ? 'Give the theme a name.' : undefined;

  const save = async (retag: boolean) => {
    if (labelError) return;
    try {
      await saveTheme(draft);
      if (retag) await retagItems(retagChanges(preview, draft.id));
      showToast({
        tone: 'success',
        title: `Saved "${draft.label}"`,
        description: retag ? `Re-tagged ${retagCount} item${retagCount === 1 ? '' : 's'}.` : undefined,
      });
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={theme ? `Edit theme: ${theme.label}` : 'Add theme'}
      size="lg"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={Boolean(labelError)} onClick={() => void save(false)}>
            {retagCount > 0 ? 'Save, leave items' : 'Save'}
          </Button>
          {retagCount > 0 && (
            <Button variant="primary" disabled={Boolean(labelError)} onClick={() => void save(true)}>
              Save and re-tag {retagCount} item{retagCount === 1 ? '' : 's'}
            </Button>
          )}
        </>
      }
    >
      <div className="theme-editor">
        <div className="theme-editor-fields">
          <Field label="Name" error={labelError}>
            <input type="text" value={label} onChange={(e) => setLabel(e.target.value)} />
          </Field>
          <Field label="Colour">
            <input type="color" value={colour} onChange={(e) => setColour(e.target.value)} />
          </Field>
          {theme === null && (
            <Field label="Applies to">
              <select value={kind} onChange={(e) => setKind(e.target.value as Theme['kind'])}>
                {THEME_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {value === 'remediation' ? 'Remediation items' : 'Incident failures'}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Field label="Rules" hint="One word or phrase per line; a trailing * matches any ending (deploy* matches deployment).">
            <textarea rows={8} value={rulesText} onChange={(e) => setRulesText(e.target.value)} />
          </Field>
        </div>
        <RulePreviewList preview={preview} themeLabel={label || 'this theme'} kind={kind} loaded={items !== undefined} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
