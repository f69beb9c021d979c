/** How the dashboard writes dates and figures. Dates are UTC, as the aggregations count them. */

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** `2024-03` → `Mar` */
export function formatMonthName(month: string): string {
  return MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month;
}

/** `2024-03` → `Mar 2024` */
export function formatMonth(month: string): string {
  return `${formatMonthName(month)} ${month.slice(0, 4)}`;
}

/** Whether a run of month labels should name the year here: on the first and on every January. */
export function startsYear(month: string, isFirst: boolean): boolean {
  return isFirst || month.endsWith('-01');
}

/** `2024-03` → `Mar`, with the year where `startsYear`. */
export function formatMonthTick(month: string, isFirst: boolean): string {
  return startsYear(month, isFirst) ? formatMonth(month) : formatMonthName(month);
}

/** `2024-03-08` → `8 Mar 2024` */
export function formatDay(day: string): string {
  return dayFormat.format(utc(day));
}

/** `2024-03-08` → `8 Mar` */
export function formatShortDay(day: string): string {
  return shortDayFormat.format(utc(day));
}

export function formatPercent(ratio: number | null): string {
  return ratio === null ? '—' : `${Math.round(ratio * 100)}%`;
}

export function formatDays(days: number | null): string {
  if (days === null) return '—';
  const rounded = days < 10 ? Math.round(days * 10) / 10 : Math.round(days);
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}
