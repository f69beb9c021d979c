import type { ItemStatus } from '../../../shared/model';

/**
 * One colour per status, mid-tones that read on both the light and the dark surface.
 * Listed in the order the stacked bars draw them: finished work first, from the axis.
 */
export const STATUS_COLOURS: Readonly<Record<ItemStatus, string>> = {
  done: '#16a34a',
  in_progress: '#f59e0b',
  blocked: '#dc2626',
  open: '#3b82f6',
  proposed: '#93c5fd',
  wont_do: '#9ca3af',
};

export const STACK_ORDER: readonly ItemStatus[] = ['done', 'in_progress', 'blocked', 'open', 'proposed', 'wont_do'];

export const CREATED_COLOUR = '#6366f1';
export const OVERDUE_COLOUR = STATUS_COLOURS.blocked;
export const UNFINISHED_COLOUR = STATUS_COLOURS.open;
