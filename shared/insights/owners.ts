/** Unfinished and overdue items per owner, busiest first, the long tail folded into one row. */
import type { ActionItem } from '../model';
import { parseTime } from './calendar';
import { daysOverdue, isUnfinished } from './headline';

export interface OwnerLoad {
  /** Null for unassigned items, and for the folded row when `others` is set. */
  owner: string | null;
  unfinished: number;
  overdue: number;
  /** How many owners the folded "other owners" row stands for; 0 on ordinary rows. */
  others: number;
}

export const OWNER_ROWS_SHOWN = 12;

export function loadByOwner(items: readonly ActionItem[], today: string, rowsShown = OWNER_ROWS_SHOWN): OwnerLoad[] {
  const byOwner = new Map<string | null, OwnerLoad>();
  const todayTime = parseTime(today);
  for (const item of items) {
    if (!isUnfinished(item)) continue;
    let load = byOwner.get(item.owner);
    if (!load) byOwner.set(item.owner, (load = { owner: item.owner, unfinished: 0, overdue: 0, others: 0 }));
    load.unfinished += 1;
    if (daysOverdue(item, today, todayTime) > 0) load.overdue += 1;
  }
  const rows = [...byOwner.values()].sort(
    (a, b) => b.overdue - a.overdue || b.unfinished - a.unfinished || (a.owner ?? '').localeCompare(b.owner ?? ''),
  );
  if (rows.length <= rowsShown) return rows;
  const shown = rows.slice(0, rowsShown - 1);
  const folded = rows.slice(rowsShown - 1).reduce(
    (sum, row) => ({ ...sum, unfinished: sum.unfinished + row.unfinished, overdue: sum.overdue + row.overdue, others: sum.others + 1 }),
    { owner: null, unfinished: 0, overdue: 0, others: 0 } as OwnerLoad,
  );
  return [...shown, folded];
}
