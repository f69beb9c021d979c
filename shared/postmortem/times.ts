/**
 * Clock times as postmortems write them ("9:51PM PT", "March 8th at 05:10 UTC",
 * "21 January 2024 @ 21:00 UTC", "2022-10-31 13:45", "Posted Mar 29, 2023 - 00:07 PDT"), and
 * their conversion to UTC with the zone abbreviations status pages use.
 */

export interface ClockMention {
  /** Offsets of the time (and any date before it) in the searched text. */
  start: number;
  end: number;
  year: number | null;
  /** 0-11 */
  month: number | null;
  day: number | null;
  hour: number;
  minute: number;
  zone: string | null;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Between a date and its time: "at", "@", dashes, commas, bars, and words that round it ("at roughly 17:00"). */
const JOIN = '(?:\\s*(?:at|@|-|–|—|,|\\||roughly|around|about|approximately|approx\\.?|~)\\s*|\\s+)*';
const DATE_MONTH_FIRST = new RegExp(`${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${JOIN}$`, 'i');
const DATE_DAY_FIRST = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?(?:\\s+(\\d{4}))?${JOIN}$`, 'i');
const DATE_ISO = new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})(?:T|${JOIN})$`);
/** "21:05", "9:51PM", "9pm", and a four-digit time only where a UTC zone follows it or the range it opens ("between 1900 and 2100 UTC"). */
const TIME = /(?<![\d:.])(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?(?![\d:])|(?<![\d:.])(\d{1,2})\s*([ap]m)\b|(?<![\d:./#-])([01]\d|2[0-3])([0-5]\d)(?=\s*(?:UTC|GMT)\b|\s*(?:and|to|until|-|–)\s*(?:[01]\d|2[0-3])[0-5]\d\s*(?:UTC|GMT)\b)/gi;
const ZONE = /^\s*\(?\s*(?:US\/)?(UTC|GMT|Z|PT|PDT|PST|ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|AKST|AKDT|HST|BST|CET|CEST|EET|EEST|WET|WEST|MSK|WAT|CAT|EAT|SAST|IST|PKT|ICT|WIB|JST|KST|SGT|HKT|PHT|AWST|ACST|ACDT|AEST|AEDT|NZST|NZDT|NZT|GST|BRT|ART|Pacific|Eastern|Central)\b(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?/;

const FIXED_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, IST: 330, GST: 240,
  SGT: 480, HKT: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660,
  MSK: 180, WAT: 60, CAT: 120, EAT: 180, SAST: 120, PKT: 300, ICT: 420, WIB: 420, PHT: 480, AWST: 480, ACST: 570, ACDT: 630,
  NZST: 720, NZDT: 780, BRT: -180, ART: -180, HST: -600, AKST: -540, AKDT: -480,
  PDT: -420, PST: -480, MDT: -360, MST: -420, CDT: -300, CST: -360, EDT: -240, EST: -300,
};
/** Zones named without saying whether summer time applies: US rules decide. */
const US_STANDARD_OFFSETS: Record<string, number> = { PT: -480, MT: -420, CT: -360, ET: -300, PACIFIC: -480, MOUNTAIN: -420, CENTRAL: -360, EASTERN: -300 };

function monthIndex(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase());
}

function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

/** US daylight saving time: second Sunday of March to first Sunday of November. */
function usDaylightSaving(year: number, month: number, day: number): boolean {
  if (month < 2 || month > 10) return false;
  if (month > 2 && month < 10) return true;
  if (month === 2) return day >= nthSunday(year, 2, 2);
  return day < nthSunday(year, 10, 1);
}

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** New Zealand daylight saving time: last Sunday of September to first Sunday of April. */
function nzDaylightSaving(year: number, month: number, day: number): boolean {
  if (month > 3 && month < 8) return false;
  if (month < 3 || month > 8) return true;
  if (month === 3) return day < nthSunday(year, 3, 1);
  return day >= lastSunday(year, 8);
}

/** Minutes east of UTC for a zone label ("PDT", "PT", "UTC+1", "GMT-7"), or null if unknown. */
export function zoneOffsetMinutes(zone: string, year: number, month: number, day: number): number | null {
  const explicit = /^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (explicit) return (explicit[1] === '-' ? -1 : 1) * (Number(explicit[2]) * 60 + Number(explicit[3] ?? 0));
  const key = zone.toUpperCase();
  const fixed = FIXED_OFFSETS[key];
  if (fixed !== undefined) return fixed;
  const standard = US_STANDARD_OFFSETS[key];
  if (standard !== undefined) return standard + (usDaylightSaving(year, month, day) ? 60 : 0);
  if (key === 'NZT') return 720 + (nzDaylightSaving(year, month, day) ? 60 : 0);
  return null;
}

const DIGIT = /[0-9]/;

function hasDigit(text: string): boolean {
  // A native scan: several times faster than a loop over char codes.
  return DIGIT.test(text);
}

function dateBefore(prefix: string): { year: number | null; month: number; day: number; length: number } | null {
  // Every date has a day number; most text before a time ("At ", "- **") has none.
  if (!hasDigit(prefix)) return null;
  const iso = DATE_ISO.exec(prefix);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) - 1, day: Number(iso[3]), length: iso[0].length };
  const numeric = NUMERIC_DATE_BEFORE.exec(prefix);
  if (numeric) return { ...numericDate(numeric), length: numeric[0].length };
  const a = DATE_MONTH_FIRST.exec(prefix);
  if (a?.[1]) return { year: a[3] ? Number(a[3]) : null, month: monthIndex(a[1]), day: Number(a[2]), length: a[0].length };
  const b = DATE_DAY_FIRST.exec(prefix);
  if (b?.[2]) return { year: b[3] ? Number(b[3]) : null, month: monthIndex(b[2]), day: Number(b[1]), length: b[0].length };
  return null;
}

/** Every clock time in `text[from, to)`, with the date written just before it and the zone just after. */
export function findClockMentions(text: string, from = 0, to = text.length): ClockMention[] {
  const mentions: ClockMention[] = [];
  const slice = text.slice(from, to);
  // Every clock time has a digit; most prose blocks have none.
  if (!hasDigit(slice)) return mentions;
  // exec over the shared global pattern rather than matchAll, which copies the pattern on every call.
  TIME.lastIndex = 0;
  for (let m = TIME.exec(slice); m !== null; m = TIME.exec(slice)) {
    const index = m.index;
    let hour = Number(m[1] ?? m[4] ?? m[6]);
    const minutes = m[2] ?? m[7];
    const minute = minutes === undefined ? 0 : Number(minutes);
    const meridiem = (m[3] ?? m[5] ?? '').toLowerCase().replace(/\./g, '');
    if (hour > 24 || minute > 59) continue;
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    const prefix = slice.slice(Math.max(0, index - 40), index);
    const date = dateBefore(prefix);
    const after = slice.slice(index + m[0].length, index + m[0].length + 24);
    const zoneMatch = ZONE.exec(after);
    let zone: string | null = null;
    let end = index + m[0].length;
    if (zoneMatch?.[1]) {
      zone = zoneMatch[2] ? `UTC${zoneMatch[2]}${zoneMatch[3]}${zoneMatch[4] ? `:${zoneMatch[4]}` : ''}` : zoneMatch[1];
      end += zoneMatch[0].length;
    }
    // "08:58 UTC on 21 January 2024": a date may also follow the time.
    const following = date ? null : DATE_AFTER.exec(slice.slice(end, end + 40));
    const dateAfter = following?.[1] ? dateBefore(`${following[1]} `) : null;
    // "9:34 pm (24th February NZT)": the zone follows the date.
    if (following && zone === null) {
      const zoneAfterDate = ZONE.exec(slice.slice(end + following[0].length, end + following[0].length + 24));
      if (zoneAfterDate?.[1] && !zoneAfterDate[2]) {
        zone = zoneAfterDate[1];
        end += following[0].length + zoneAfterDate[0].length;
      }
    }
    const day = date ?? dateAfter;
    mentions.push({
      start: from + index - (date?.length ?? 0),
      end: from + end,
      year: day?.year ?? null,
      month: day?.month ?? null,
      day: day?.day ?? null,
      hour,
      minute,
      zone,
    });
  }
  // "between 14:05 and 15:02 PDT": the first time of a range takes the zone and date of the second.
  for (let i = mentions.length - 2; i >= 0; i -= 1) {
    const a = mentions[i] as ClockMention;
    const b = mentions[i + 1] as ClockMention;
    if (!RANGE_JOIN.test(text.slice(a.end, b.start))) continue;
    a.zone ??= b.zone;
    // "from 4:04 - 4:20PM": the first time of the range is in the afternoon too.
    if (a.hour < 12 && b.hour >= 12 && a.hour + 12 <= b.hour && !MERIDIEM.test(text.slice(a.start, a.end))) a.hour += 12;
    if (a.month === null && b.month !== null) Object.assign(a, { year: b.year, month: b.month, day: b.day });
  }
  return mentions;
}

const RANGE_JOIN = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/i;
const MERIDIEM = /\d\s*[ap]\.?m\b/i;
const DATE_AFTER = new RegExp(`^\\s*\\(?(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?((?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\.?\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?)`, 'i');

/** "12/4/18", "3/26/2024": month first as in the US, unless the first number cannot be a month ("26/3/2024"). */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/;

const NUMERIC_DATE_BEFORE = new RegExp(`${NUMERIC_DATE.source}${JOIN}$`);

function numericDate(m: RegExpExecArray): { year: number; month: number; day: number } {
  const a = Number(m[1]);
  const b = Number(m[2]);
  const year = (m[3] as string).length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return a > 12 ? { year, month: b - 1, day: a } : { year, month: a - 1, day: b };
}

// The day is one or two digits and no more: "November 2017" names no day.
const MONTH_DAY = new RegExp(`${MONTH}\\.?\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, 'i');
const DAY_MONTH = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?(?:\\s+(\\d{4}))?`, 'i');

/** A date written without a time ("2022-10-31", "Mar 08, 2024", "7th September, 2022"), if any. */
export function findDate(text: string): { year: number | null; month: number; day: number } | null {
  // Every date has a day number: text without a digit is settled by one native scan.
  if (!hasDigit(text)) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) - 1, day: Number(iso[3]) };
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return numericDate(numeric);
  const a = MONTH_DAY.exec(text);
  if (a?.[1]) return { year: a[3] ? Number(a[3]) : null, month: monthIndex(a[1]), day: Number(a[2]) };
  const b = DAY_MONTH.exec(text);
  if (b?.[2]) return { year: b[3] ? Number(b[3]) : null, month: monthIndex(b[2]), day: Number(b[1]) };
  return null;
}

/** Epoch milliseconds of a local wall-clock time in a zone; null for an unknown zone or date. */
export function toEpoch(year: number, month: number, day: number, hour: number, minute: number, zone: string): number | null {
  const offset = zoneOffsetMinutes(zone, year, month, day);
  if (offset === null || month < 0 || day < 1 || day > 31) return null;
  return Date.UTC(year, month, day, hour, minute) - offset * 60_000;
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

export function isoMinutes(epoch: number): string {
  const d = new Date(epoch);
  const year = d.getUTCFullYear();
  // toISOString ends in ":ss.sssZ" for every year it can write; for four-digit years the fields are written directly, which is faster.
  if (!(year >= 1000 && year <= 9999)) return `${d.toISOString().slice(0, -8)}:00Z`;
  return `${year}-${twoDigits(d.getUTCMonth() + 1)}-${twoDigits(d.getUTCDate())}T${twoDigits(d.getUTCHours())}:${twoDigits(d.getUTCMinutes())}:00Z`;
}

/** The zone a document declares for its times ("All times in PDT", "Time (UTC)", "times in BST"). */
export function declaredZone(text: string): string | null {
  const m =
    /\btimes?\b[^.\n]{0,20}?\(?\s*\b(UTC|GMT|PT|PDT|PST|ET|EDT|EST|CT|CDT|CST|BST|CET|CEST|IST|JST|SGT|AEST|AEDT|GST|US\/Pacific|US\/Eastern|US\/Central|Pacific|Eastern|Central)\b(?:\s*\(?\s*(?:UTC|GMT)?\s*([+-]\d{1,2}))?/i.exec(
      text,
    );
  if (!m?.[1]) return null;
  const zone = m[1].toUpperCase().replace(/^US\//, '');
  const named: Record<string, string> = { PACIFIC: 'PT', EASTERN: 'ET', CENTRAL: 'CT' };
  return named[zone] ?? zone;
}
