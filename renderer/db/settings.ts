/** Preferences and other small values, stored by key and validated when read. */
import type { z } from 'zod';
import { db } from './database';

/** The stored value for `key` when it matches `schema`, else `fallback`. */
export async function getSetting<T>(key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const setting = await db.settings.get(key);
  if (!setting) return fallback;
  const parsed = schema.safeParse(setting.value);
  return parsed.success ? parsed.data : fallback;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function deleteSetting(key: string): Promise<void> {
  await db.settings.delete(key);
}
