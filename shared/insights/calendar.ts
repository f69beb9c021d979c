/**
 * Calendar arithmetic in UTC on epoch milliseconds and `YYYY-MM-DD` day strings.
 * Everything here is UTC so a report reads the same wherever it is built.
 */
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Epoch ms of an ISO date or date-time; NaN when unreadable. The stored forms
 * (`YYYY-MM-DD` and `YYYY-MM-DDTHH:MM:SS[.sss]Z`) are read directly because dashboards
 * parse hundreds of thousands of them; anything else goes through `Date.parse`.
 */
export function parseTime(iso: string): number {
  const hasDate = iso.length >= 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45;
  const dateOnly = hasDate && iso.length === 10;
  const utcDateTime = hasDate && iso.length >= 20 && iso[10] === 'T' && iso[iso.length - 1] === 'Z' && iso[13] === ':' && iso[16] === ':';
  if (!dateOnly && !utcDateTime) return Date.parse(iso);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return Date.parse(iso);
  const days = daysFromCivil(digitsAt(iso, 0, 4), month, day);
  if (dateOnly) return days * DAY_MS;
  let millis = 0;
  if (iso.length > 20) {
    if (iso[19] !== '.') return Date.parse(iso);
    const fractionDigits = Math.min(iso.length - 21, 3);
    millis = digitsAt(iso, 20, fractionDigits) * 10 ** (3 - fractionDigits);
  }
  return days * DAY_MS + ((digitsAt(iso, 11, 2) * 60 + digitsAt(iso, 14, 2)) * 60 + digitsAt(iso, 17, 2)) * 1000 + millis;
}

/** `YYYY-MM-DD` of an epoch ms, in UTC. */
export function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Whole days from `fromDay` to `toDay` (both `YYYY-MM-DD`); negative when `toDay` is earlier. */
export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((parseTime(toDay) - parseTime(fromDay)) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  return dayOf(parseTime(day) + days * DAY_MS);
}

/** `YYYY-MM` of an epoch ms. */
export function monthOf(time: number): string {
  return new Date(time).toISOString().slice(0, 7);
}

/** Consecutive months from `first` to `last` inclusive, both `YYYY-MM`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let index = monthIndex(parseTime(`${first}-01`));
  const end = monthIndex(parseTime(`${last}-01`));
  for (; index <= end; index += 1) months.push(monthKeyOfIndex(index));
  return months;
}

/** Months since 1970-01, so consecutive months are consecutive integers. */
export function monthIndex(time: number): number {
  // H. Hinnant's civil_from_days, without allocating a Date.
  const shifted = Math.floor(time / DAY_MS) + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return (year - 1970) * 12 + month - 1;
}

export function monthStartOfIndex(index: number): number {
  return Date.UTC(1970 + Math.floor(index / 12), index % 12, 1);
}

function monthKeyOfIndex(index: number): string {
  return dayOf(monthStartOfIndex(index)).slice(0, 7);
}

// 1970-01-01 was a Thursday; shifting by three days makes weeks start on Monday.
const MONDAY_SHIFT_MS = 3 * DAY_MS;

/** Weeks (Monday to Sunday) since the week of 1970-01-01. */
export function weekIndex(time: number): number {
  return Math.floor((time + MONDAY_SHIFT_MS) / (7 * DAY_MS));
}

export function weekStartOfIndex(index: number): number {
  return index * 7 * DAY_MS - MONDAY_SHIFT_MS;
}
