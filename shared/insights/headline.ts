/**
 * The headline figures: how much is promised, how much is finished, how much is late.
 */
import { CLOSED_STATUSES, ITEM_STATUSES, type ActionItem, type ItemStatus } from '../model';
import { DAY_MS, parseTime } from './calendar';

export const LONG_OVERDUE_DAYS = 30;

export interface HeadlineFigures {
  total: number;
  byStatus: Record<ItemStatus, number>;
  /** Neither done nor won't do. */
  unfinished: number;
  /** Proposed or open: not started yet. */
  notStarted: number;
  overdue: number;
  /** Overdue by more than `LONG_OVERDUE_DAYS` days. */
  longOverdue: number;
  /** Done ÷ items that are not won't do; null when there are none. Between 0 and 1. */
  completionRate: number | null;
  /** Median days from creation to closing, over done items; null when none are done. */
  medianDaysToClose: number | null;
}

export function isUnfinished(item: ActionItem): boolean {
  return !CLOSED_STATUSES.includes(item.status);
}

/** Days past the due date on `today` (`YYYY-MM-DD`, `todayTime` its epoch ms), or 0 when not overdue. */
export function daysOverdue(item: ActionItem, today: string, todayTime = parseTime(today)): number {
  if (!item.dueDate || !isUnfinished(item) || item.dueDate >= today) return 0;
  return Math.round((todayTime - parseTime(item.dueDate)) / DAY_MS);
}

export function emptyStatusCounts(): Record<ItemStatus, number> {
  return Object.fromEntries(ITEM_STATUSES.map((status) => [status, 0])) as Record<ItemStatus, number>;
}

export function completionRate(counts: Record<ItemStatus, number>, total: number): number | null {
  const committed = total - counts.wont_do;
  return committed > 0 ? counts.done / committed : null;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function computeHeadline(items: readonly ActionItem[], today: string): HeadlineFigures {
  const byStatus = emptyStatusCounts();
  let overdue = 0;
  let longOverdue = 0;
  const daysToClose: number[] = [];
  const todayTime = parseTime(today);
  for (const item of items) {
    byStatus[item.status] += 1;
    const late = daysOverdue(item, today, todayTime);
    if (late > 0) overdue += 1;
    if (late > LONG_OVERDUE_DAYS) longOverdue += 1;
    if (item.status === 'done' && item.closedAt) {
      daysToClose.push((parseTime(item.closedAt) - parseTime(item.createdAt)) / DAY_MS);
    }
  }
  return {
    total: items.length,
    byStatus,
    unfinished: items.length - byStatus.done - byStatus.wont_do,
    notStarted: byStatus.proposed + byStatus.open,
    overdue,
    longOverdue,
    completionRate: completionRate(byStatus, items.length),
    medianDaysToClose: median(daysToClose),
  };
}
