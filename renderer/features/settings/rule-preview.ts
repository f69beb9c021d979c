/**
 * What a change to a theme's rules would do to existing items, before it is applied.
 * Only the difference the change makes counts: items the old rules tagged and the new
 * ones do not lose the theme, items only the new rules match gain it. Items whose themes
 * the user picked by hand are left alone.
 */
import type { ActionItem, Theme } from '../../../shared/model';
import { assignThemes } from '../../../shared/taxonomy';

export interface RulePreview {
  added: ActionItem[];
  removed: ActionItem[];
  /** Items the change would touch but whose themes were set by hand. */
  keptByHand: number;
}

function matches(item: ActionItem, theme: Theme | null): boolean {
  if (theme === null) return false;
  const active = { ...theme, retired: false };
  return assignThemes(`${item.title} ${item.detail}`, [active], 'remediation')[0] === theme.id;
}

export function previewRuleChange(items: readonly ActionItem[], before: Theme | null, after: Theme): RulePreview {
  const preview: RulePreview = { added: [], removed: [], keptByHand: 0 };
  if (after.kind !== 'remediation') return preview;
  for (const item of items) {
    const was = matches(item, before);
    const now = matches(item, after);
    if (was === now) continue;
    const has = item.themes.includes(after.id);
    if (now === has) continue;
    if (item.editedFields.includes('themes')) preview.keptByHand += 1;
    else if (now) preview.added.push(item);
    else preview.removed.push(item);
  }
  return preview;
}

/** An item's themes with `themeId` added or taken away; an item left with none is "other". */
export function retaggedThemes(themes: readonly string[], themeId: string, add: boolean): string[] {
  if (add) return [...themes.filter((id) => id !== 'other' && id !== themeId), themeId];
  const rest = themes.filter((id) => id !== themeId);
  return rest.length > 0 ? rest : ['other'];
}

/** The themes each item in the preview ends up with. */
export function retagChanges(preview: RulePreview, themeId: string): { id: string; themes: string[] }[] {
  return [
    ...preview.added.map((item) => ({ id: item.id, themes: retaggedThemes(item.themes, themeId, true) })),
    ...preview.removed.map((item) => ({ id: item.id, themes: retaggedThemes(item.themes, themeId, false) })),
  ];
}

/** A theme id from its label: "Feature flags" → "feature-flags", made unique among `taken`. */
export function themeIdFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'theme';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

export function rulesFromText(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
}
