/**
 * Named views of the items table: presets that ship with the app and the user's own,
 * stored as route queries through the settings API.
 */
import { z } from 'zod';

export const SAVED_VIEWS_SETTING = 'items.savedViews';
/** The owner name the user said is theirs (Settings › Owners), for "My overdue". */
export const ME_SETTING = 'owners.me';

export const SavedViewSchema = z.object({ name: z.string().min(1).max(80), query: z.string() });
export type SavedView = z.infer<typeof SavedViewSchema>;
export const SavedViewsSchema = z.array(SavedViewSchema);

const ACTIVE_STATUSES = ['proposed', 'open', 'in_progress', 'blocked'];

/** The preset views; "My overdue" narrows to the user's own items once they have said who they are. */
export function presetViews(me: string | null): SavedView[] {
  const overdue = new URLSearchParams({ overdue: '1' });
  if (me) overdue.set('owner', me);
  const canary = new URLSearchParams(ACTIVE_STATUSES.map((status) => ['status', status]));
  canary.set('theme', 'canary');
  return [
    { name: 'My overdue', query: overdue.toString() },
    { name: 'Open canary work', query: canary.toString() },
  ];
}

/** Adds or replaces a view by name. */
export function withView(views: readonly SavedView[], view: SavedView): SavedView[] {
  return [...views.filter((v) => v.name !== view.name), view];
}

export function withoutView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((v) => v.name !== name);
}
