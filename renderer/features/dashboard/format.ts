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

/** `2024-03` → `Mar`, with the year where `periodStartsYear`. */
export function formatMonthTick(month: string, isFirst: boolean): string {
  return periodStartsYear(month, isFirst) ? formatMonth(month) : formatMonthName(month);
}

/** A recurrence period: `2024-03` → `Mar 2024`, `2024-Q1` → `Q1 2024`, `2024` → `2024`. */
export function formatPeriod(period: string): string {
  if (period.length === 4) return period;
  return period[5] === 'Q' ? `${period.slice(5)} ${period.slice(0, 4)}` : formatMonth(period);
}

/** A period's column heading without its year: `Mar`, `Q1`, or the year itself. */
export function formatPeriodShort(period: string): string {
  if (period.length === 4) return period;
  return period[5] === 'Q' ? period.slice(5) : formatMonthName(period);
}

/** Whether a run of period headings should name the year here: on the first, and where a year starts. */
export function periodStartsYear(period: string, isFirst: boolean): boolean {
  return period.length > 4 && (isFirst || period.endsWith('-01') || period.endsWith('-Q1'));
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
