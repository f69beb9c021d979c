/**
 * One colour per item status, used everywhere a status is drawn: the items table, the
 * dashboard, the report preview and the exported reports, so a status reads the same on
 * screen and on paper. Mid-tone colours, legible on light and dark backgrounds.
 */
import type { ItemStatus } from './vocab';

export const STATUS_COLOURS: Readonly<Record<ItemStatus, string>> = {
  proposed: '#a78bfa',
  open: '#60a5fa',
  in_progress: '#f59e0b',
  blocked: '#ef4444',
  done: '#22c55e',
  wont_do: '#9ca3af',
};
