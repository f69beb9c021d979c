/** How long unfinished items have been waiting, in fixed buckets of age since creation. */
import type { ActionItem } from '../model';
import { DAY_MS, parseTime } from './calendar';
import { isUnfinished } from './headline';

export interface AgeBucket {
  label: string;
  /** Inclusive bounds in whole days; `maxDays` null for the open-ended last bucket. */
  minDays: number;
  maxDays: number | null;
  count: number;
}

const AGE_BUCKETS: readonly Omit<AgeBucket, 'count'>[] = [
  { label: '0–7 days', minDays: 0, maxDays: 7 },
  { label: '8–30 days', minDays: 8, maxDays: 30 },
  { label: '31–90 days', minDays: 31, maxDays: 90 },
  { label: '91–180 days', minDays: 91, maxDays: 180 },
  { label: '181–365 days', minDays: 181, maxDays: 365 },
  { label: 'Over a year', minDays: 366, maxDays: null },
];

export function ageingHistogram(items: readonly ActionItem[], now: Date): AgeBucket[] {
  const counts = new Array<number>(AGE_BUCKETS.length).fill(0);
  const nowTime = now.getTime();
  for (const item of items) {
    if (!isUnfinished(item)) continue;
    const days = Math.max(0, Math.floor((nowTime - parseTime(item.createdAt)) / DAY_MS));
    const index = AGE_BUCKETS.findIndex((bucket) => bucket.maxDays === null || days <= bucket.maxDays);
    counts[index] = counts[index]! + 1;
  }
  return AGE_BUCKETS.map((bucket, index) => ({ ...bucket, count: counts[index]! }));
}
