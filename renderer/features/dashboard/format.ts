/** How the dashboard writes dates and figures. Dates are UTC, as the aggregations count them. */

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** `2024-03` → `Mar 2024` */
export function formatMonth(month: string): string {
  return monthFormat.format(utc(`${month}-01`));
}

/** `2024-03` → `Mar`, with the year added in January and on the first column. */
export function formatMonthTick(month: string, isFirst: boolean): string {
  return isFirst || month.endsWith('-01') ? formatMonth(month) : shortMonthFormat.format(utc(`${month}-01`));
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
