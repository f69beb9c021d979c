/**
 * Completion per remediation theme: how many items of each status carry the theme. An item
 * with several themes counts under each; an item with none counts under `other`.
 */
import type { ActionItem, ItemStatus, Theme } from '../model';
import { completionRate, emptyStatusCounts } from './headline';
import { themeDisplayLookup, type ThemeDisplay } from './theme-display';

export const FALLBACK_THEME_ID = 'other';

/** The themes an item is counted under: its own, or `other` when it has none. */
export function chartedThemes(item: { themes: readonly string[] }): readonly string[] {
  return item.themes.length === 0 ? [FALLBACK_THEME_ID] : item.themes;
}

export interface ThemeCompletion extends ThemeDisplay {
  counts: Record<ItemStatus, number>;
  total: number;
  completionRate: number | null;
}

/** Rows in the order of `themes` (the taxonomy's order), then unknown ids alphabetically; empty themes left out. */
export function completionByTheme(items: readonly ActionItem[], themes: readonly Theme[]): ThemeCompletion[] {
  const countsById = new Map<string, Record<ItemStatus, number>>();
  const add = (themeId: string, status: ItemStatus): void => {
    let counts = countsById.get(themeId);
    if (!counts) countsById.set(themeId, (counts = emptyStatusCounts()));
    counts[status] += 1;
  };
  for (const item of items) {
    for (const themeId of chartedThemes(item)) add(themeId, item.status);
  }

  const taxonomyOrder = new Map(themes.map((theme, index) => [theme.id, index]));
  const ids = [...countsById.keys()].sort((a, b) => {
    const orderA = taxonomyOrder.get(a) ?? Infinity;
    const orderB = taxonomyOrder.get(b) ?? Infinity;
    return orderA === orderB ? a.localeCompare(b) : orderA - orderB;
  });
  const display = themeDisplayLookup(themes);
  return ids.map((id) => {
    const counts = countsById.get(id)!;
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return { ...display(id), counts, total, completionRate: completionRate(counts, total) };
  });
}
