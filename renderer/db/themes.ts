/** The theme taxonomy and its assignment rules, as the user edited them. */
import { ThemeSchema, type Theme } from '../../shared/model';
import { DEFAULT_THEMES } from '../../shared/taxonomy';
import { db } from './database';
import { TrackerRuleError } from './errors';

export function listThemes(): Promise<Theme[]> {
  return db.themes.toArray();
}

/** Adds or replaces a theme (retiring one is saving it with `retired: true`). */
export async function saveTheme(theme: Theme): Promise<Theme> {
  const parsed = ThemeSchema.safeParse(theme);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TrackerRuleError(`Invalid theme ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not allowed'}`);
  }
  await db.themes.put(parsed.data);
  return parsed.data;
}

/** Deletes a theme no item or incident uses; a theme in use can only be retired. */
export async function deleteTheme(id: string): Promise<void> {
  await db.transaction('rw', [db.themes, db.items, db.incidents], async () => {
    const uses =
      (await db.items.where('themes').equals(id).count()) + (await db.incidents.where('failureThemes').equals(id).count());
    if (uses > 0) throw new TrackerRuleError(`This theme is used ${uses} time${uses === 1 ? '' : 's'}: retire it instead.`);
    await db.themes.delete(id);
  });
}

/** Puts back any default theme that is missing, leaving the user's edits to the others alone. */
export async function restoreDefaultThemes(): Promise<number> {
  return db.transaction('rw', db.themes, async () => {
    const present = new Set(await db.themes.toCollection().primaryKeys());
    const missing = DEFAULT_THEMES.filter((theme) => !present.has(theme.id));
    await db.themes.bulkAdd(missing);
    return missing.length;
  });
}
