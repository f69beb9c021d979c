/**
 * Burn-up: items created and items done, cumulative, per week or month, from the event
 * history. An item that is reopened stops counting as done from that moment.
 */
import { DAY_MS, dayOf, monthIndex, monthStartOfIndex, weekIndex, weekStartOfIndex } from './calendar';
import { STATUS_CODES, type StatusHistories } from './status-history';

export type BurnUpInterval = 'week' | 'month';

export interface BurnUpPoint {
  /** First day of the week (Monday) or month, `YYYY-MM-DD`. */
  start: string;
  /** `YYYY-MM-DD` for weeks, `YYYY-MM` for months. */
  label: string;
  /** Items created up to the end of this period. */
  created: number;
  /** Items done at the end of this period. */
  completed: number;
}

export interface BurnUp {
  interval: BurnUpInterval;
  points: BurnUpPoint[];
}

/** Beyond this many weeks the chart switches to months. */
const MAX_WEEKLY_POINTS = 26;

function periodIndex(interval: BurnUpInterval, time: number): number {
  return interval === 'week' ? weekIndex(time) : monthIndex(time);
}

function periodStart(interval: BurnUpInterval, index: number): number {
  return interval === 'week' ? weekStartOfIndex(index) : monthStartOfIndex(index);
}

/** Weeks for spans up to half a year, months beyond. */
export function chooseInterval(firstTime: number, lastTime: number): BurnUpInterval {
  return (lastTime - firstTime) / (7 * DAY_MS) <= MAX_WEEKLY_POINTS ? 'week' : 'month';
}

/**
 * Points from the period of the first creation to the period containing `until`, over the
 * items whose histories are at `indices` (negative indices are skipped); events after `until`
 * are left out. `interval` defaults to `chooseInterval`.
 */
export function buildBurnUp(
  histories: StatusHistories,
  indices: ArrayLike<number>,
  until: number,
  interval?: BurnUpInterval,
): BurnUp {
  const { createdAt, initialStatus, changeOffsets, changeAt, changeTo } = histories;
  let firstTime = Infinity;
  for (let entry = 0; entry < indices.length; entry += 1) {
    const index = indices[entry]!;
    if (index >= 0 && createdAt[index]! < firstTime) firstTime = createdAt[index]!;
  }
  if (firstTime > until) return { interval: interval ?? 'week', points: [] };
  const chosen = interval ?? chooseInterval(firstTime, until);
  const firstIndex = periodIndex(chosen, firstTime);
  const count = periodIndex(chosen, until) - firstIndex + 1;
  const createdDelta = new Int32Array(count);
  const completedDelta = new Int32Array(count);
  // Period of each day in the span, looked up rather than computed per event.
  const firstDay = Math.floor(firstTime / DAY_MS);
  const slotOfDay = new Int32Array(Math.floor(until / DAY_MS) - firstDay + 1);
  for (let day = 0; day < slotOfDay.length; day += 1) slotOfDay[day] = periodIndex(chosen, (firstDay + day) * DAY_MS) - firstIndex;
  const slot = (time: number): number => slotOfDay[Math.floor(time / DAY_MS) - firstDay]!;
  const done = STATUS_CODES.done;

  for (let entry = 0; entry < indices.length; entry += 1) {
    const index = indices[entry]!;
    if (index < 0 || createdAt[index]! > until) continue;
    const createdSlot = slot(createdAt[index]!);
    createdDelta[createdSlot]! += 1;
    let wasDone = initialStatus[index] === done;
    if (wasDone) completedDelta[createdSlot]! += 1;
    for (let change = changeOffsets[index]!; change < changeOffsets[index + 1]!; change += 1) {
      const at = changeAt[change]!;
      if (at > until) break;
      const isDone = changeTo[change] === done;
      if (isDone !== wasDone) completedDelta[slot(at)]! += isDone ? 1 : -1;
      wasDone = isDone;
    }
  }

  const points: BurnUpPoint[] = [];
  let created = 0;
  let completed = 0;
  for (let index = 0; index < count; index += 1) {
    created += createdDelta[index]!;
    completed += completedDelta[index]!;
    const start = dayOf(periodStart(chosen, firstIndex + index));
    points.push({ start, label: chosen === 'week' ? start : start.slice(0, 7), created, completed });
  }
  return { interval: chosen, points };
}
