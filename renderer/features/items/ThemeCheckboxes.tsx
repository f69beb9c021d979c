import type { CSSProperties } from 'react';
import type { Theme } from '../../../shared/model';

export interface ThemeCheckboxesProps {
  legend: string;
  themes: readonly Theme[];
  value: readonly string[];
  onChange(value: string[]): void;
  hint?: string;
}

/** Remediation themes to pick from: the active ones, plus any retired one already chosen. */
export function ThemeCheckboxes({ legend, themes, value, onChange, hint }: ThemeCheckboxesProps) {
  const choices = themes.filter((theme) => theme.kind === 'remediation' && (!theme.retired || value.includes(theme.id)));
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));
  return (
    <fieldset className="field theme-checkboxes">
      <legend className="field-label">{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <div className="theme-checkbox-list">
        {choices.map((theme) => (
          <label key={theme.id} className="theme-checkbox" style={{ '--theme-colour': theme.colour } as CSSProperties}>
            <input type="checkbox" checked={value.includes(theme.id)} onChange={(event) => toggle(theme.id, event.target.checked)} />
            {theme.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
