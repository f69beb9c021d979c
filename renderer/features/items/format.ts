/** Short, readable forms of dates and durations for the tracker's cells and history. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "2 h ago", "3 d ago", then the date. */
export function formatRelative(at: string, now: number): string {
  const elapsed = now - Date.parse(at);
  if (Number.isNaN(elapsed)) return '';
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  if (elapsed < 30 * DAY) return `${Math.floor(elapsed / DAY)} d ago`;
  return at.slice(0, 10);
}

/** Age in whole days, as the table shows it: "0d", "12d", "1.4y". */
export function formatAge(createdAt: string, now: number): string {
  const days = Math.max(0, Math.floor((now - Date.parse(createdAt)) / DAY));
  if (days < 365) return `${days}d`;
  return `${(days / 365).toFixed(1)}y`;
}

/** Today in local time as `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2025-03-14" as "Mar 14", with the year when it is not `thisYear`. */
export function formatDueDate(date: string, thisYear: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const name = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return year === thisYear ? name : `${name}, ${year}`;
}
