import type { ItemStatus } from '../../../shared/model';
import { STATUS_COLOURS } from '../../../shared/report/html-charts';

/** The exported reports' status colours, so a chart reads the same on screen and on paper. */
export { STATUS_COLOURS };

/** The order the stacked bars draw statuses in: finished work first, from the axis. */
export const STACK_ORDER: readonly ItemStatus[] = ['done', 'in_progress', 'blocked', 'open', 'proposed', 'wont_do'];

export const CREATED_COLOUR = '#6366f1';
export const OVERDUE_COLOUR = STATUS_COLOURS.blocked;
export const UNFINISHED_COLOUR = STATUS_COLOURS.open;
