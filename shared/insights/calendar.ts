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

/** The digit at `index`, or NaN when it is not one (NaN spreads through the arithmetic below). */
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : NaN;
}

function twoDigitsAt(text: string, index: number): number {
  return digitAt(text, index) * 10 + digitAt(text, index + 1);
}

/**
 * Epoch ms of an ISO date or date-time; NaN when unreadable. The stored forms
 * (`YYYY-MM-DD` and `YYYY-MM-DDTHH:MM:SS[.sss]Z`) are read directly because dashboards
 * parse hundreds of thousands of them; anything else goes through `Date.parse`.
 */
export function parseTime(iso: string): number {
  const length = iso.length;
  if (length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Date.parse(iso);
  const month = twoDigitsAt(iso, 5);
  const day = twoDigitsAt(iso, 8);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return Date.parse(iso);
  const days = daysFromCivil(twoDigitsAt(iso, 0) * 100 + twoDigitsAt(iso, 2), month, day);
  if (length === 10) return Number.isNaN(days) ? Date.parse(iso) : days * DAY_MS;
  // `T`, `:` and `:` at 10, 13 and 16, `Z` last; `.` and 1 to 3 fraction digits between.
  const utcDateTime = length >= 20 && iso.charCodeAt(10) === 84 && iso.charCodeAt(13) === 58 && iso.charCodeAt(16) === 58 && iso.charCodeAt(length - 1) === 90;
  if (!utcDateTime || (length > 20 && (iso.charCodeAt(19) !== 46 || length > 24 || length === 21))) return Date.parse(iso);
  let millis = 0;
  for (let index = 20; index < length - 1; index += 1) millis = millis * 10 + digitAt(iso, index);
  if (length > 21) millis *= length === 22 ? 100 : length === 23 ? 10 : 1;
  const time = days * DAY_MS + ((twoDigitsAt(iso, 11) * 60 + twoDigitsAt(iso, 14)) * 60 + twoDigitsAt(iso, 17)) * 1000 + millis;
  return Number.isNaN(time) ? Date.parse(iso) : time;
}

/** `YYYY-MM-DD` of an epoch ms, in UTC. */
export function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(parseTime(day) + days * DAY_MS);
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

// 1970-01-01 was a Thursday; shifting by three days makes weeks start on Monday.
const MONDAY_SHIFT_MS = 3 * DAY_MS;

/** Weeks (Monday to Sunday) since the week of 1970-01-01. */
export function weekIndex(time: number): number {
  return Math.floor((time + MONDAY_SHIFT_MS) / (7 * DAY_MS));
}

export function weekStartOfIndex(index: number): number {
  return index * 7 * DAY_MS - MONDAY_SHIFT_MS;
}
