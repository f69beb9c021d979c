/**
 * The filters the toolbar has no control for (they arrive from a dashboard link), each as
 * a removable chip with the change that removes it, so the user sees why the table is narrowed.
 */
import type { Theme } from '../../../shared/model';
import { formatDueDate } from './format';
import type { ItemsView } from './view-state';

export interface ScopeChip {
  key: string;
  label: string;
  /** How the filter judges items, where the label alone does not say. */
  explanation?: string;
  removal: Partial<ItemsView>;
}

/** "Mar 14, 2025": always with the year, as a range may span years. */
function dayLabel(day: string): string {
  return formatDueDate(day, Number.NaN);
}

function dateRangeLabel(from: string | null, to: string | null): string {
  if (from && to) return `${dayLabel(from)} – ${dayLabel(to)}`;
  return from ? `from ${dayLabel(from)}` : `until ${dayLabel(to!)}`;
}

function ageLabel(min: number | null, max: number | null): string {
  if (max === null) return `${min} days or more`;
  if (min === null || min === 0) return `up to ${max} days`;
  return `${min}–${max} days`;
}

export function scopeChips(view: ItemsView, themeById: ReadonlyMap<string, Theme>): ScopeChip[] {
  const chips: ScopeChip[] = [];
  if (view.organization) {
    chips.push({ key: 'org', label: `Organization: ${view.organization}`, removal: { organization: null } });
  }
  if (view.incidentFrom || view.incidentTo) {
    chips.push({
      key: 'incident-date',
      label: `Incident date: ${dateRangeLabel(view.incidentFrom, view.incidentTo)}`,
      explanation: 'Items added by hand count by the day they were created.',
      removal: { incidentFrom: null, incidentTo: null },
    });
  }
  if (view.failureTheme) {
    chips.push({
      key: 'failure',
      label: `Failure theme: ${themeById.get(view.failureTheme)?.label ?? view.failureTheme}`,
      explanation: 'Items from incidents that failed this way, and items elsewhere on a theme that addresses it.',
      removal: { failureTheme: null },
    });
  }
  if (view.itemIds.length > 0) {
    chips.push({
      key: 'items',
      label: `Chosen items: ${view.itemIds.length.toLocaleString('en')}`,
      explanation: 'The items a dashboard entry counted.',
      removal: { itemIds: [] },
    });
  }
  if (view.ageMin !== null || view.ageMax !== null) {
    chips.push({ key: 'age', label: `Age: ${ageLabel(view.ageMin, view.ageMax)}`, removal: { ageMin: null, ageMax: null } });
  }
  return chips;
}
