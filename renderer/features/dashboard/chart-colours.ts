/** The dashboard's series colours besides the statuses' own (shared/model's STATUS_COLOURS). */
import { STATUS_COLOURS, type ItemStatus } from '../../../shared/model';

/** The order the stacked bars draw statuses in: finished work first, from the axis. */
export const STACK_ORDER: readonly ItemStatus[] = ['done', 'in_progress', 'blocked', 'open', 'proposed', 'wont_do'];

export const CREATED_COLOUR = '#6366f1';
export const OVERDUE_COLOUR = STATUS_COLOURS.blocked;
export const UNFINISHED_COLOUR = STATUS_COLOURS.open;
