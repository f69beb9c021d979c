/**
 * Timeline entries with UTC times, and the bounds of customer impact. Entries are blocks that
 * start with a time. Missing years and dates are carried from earlier entries and the posts;
 * a time that runs backwards past midnight moves to the next day; `T+8mins` offsets resolve
 * against their `T+0` anchor.
 */
import type { TimelineEntry } from '../model';
import { blockText, type Block, type PostmortemDocument } from './document';
import { declaredZone, findClockMentions, findDate, isoMinutes, toEpoch, type ClockMention } from './times';
import { collapseWhitespace } from './whitespace';

export interface TimelineResult {
  entries: TimelineEntry[];
  startedAt: number | null;
  resolvedAt: number | null;
}

export interface DateDefaults {
  year: number | null;
  month: number | null;
  day: number | null;
  /** The zone of times that name none, when the document does not declare one. */
  zone: string | null;
}

const LEADING_CONNECTIVE = /^[\s*_[(#>|-]*(?:(?:on|at|by|around|about|approx\.?|approximately|from|between|shortly after)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
const OFFSET = /\bT\s*\+\s*(\d+)\s*(m|mins?|minutes?|h|hrs?|hours?)\b/i;
const IMPACT = /\b(errors?|fail(?:ed|ing|ures?|s)?|outages?|down|downtime|delay(?:ed|s)?|disrupt\w*|degrad\w*|alarms?|alerts?|alerted|spike|lost|unable|unavailable|crash\w*|shutting down|shutdowns?|oom|elevated|impact(?:ed|ing)?|broken|stuck|timeouts?|unreachable|unresponsive|not responding|went offline|offline|expos(?:ed|ure)|leak(?:ed|s)?|incident (?:started|began)|packet loss|(?:data|connectivity|connection) loss|backlog|(?:began|begin|started) (?:building|to build) up)\b/i;
const HYPOTHETICAL = /\b(would|could|might|intended|designed|should)\b/i;
const RESOLUTION = /\b(resolved|resolving|resolution|recovered|recovery complete|restored|restoring|fully operational|operational again|were operational|back online|back to normal|returned to normal|mitigated|stabili[sz]ed|completed|fix (?:was|has been) (?:implemented|deployed)|(?:outage|downtime|incident|disruption) ended|outage ends|service (?:was |is )?restored|fully recovered|until)\b/i;

interface Carry {
  year: number | null;
  month: number | null;
  day: number | null;
  zone: string;
  lastLocalMinutes: number | null;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

function resolveMention(mention: ClockMention, carry: Carry): number | null {
  let rolled = false;
  if (mention.month !== null && mention.day !== null) {
    carry.month = mention.month;
    carry.day = mention.day;
    if (mention.year !== null) carry.year = mention.year;
  } else if (carry.lastLocalMinutes !== null && carry.lastLocalMinutes >= 18 * 60 && mention.hour * 60 + mention.minute <= 6 * 60) {
    // Late evening then early morning, with no date between: the story crossed midnight.
    rolled = true;
  }
  if (mention.zone) carry.zone = mention.zone;
  if (carry.year === null || carry.month === null || carry.day === null) return null;
  let epoch = toEpoch(carry.year, carry.month, carry.day, mention.hour, mention.minute, carry.zone);
  if (epoch === null) return null;
  if (rolled) {
    epoch += 24 * 3600_000;
    const next = new Date(Date.UTC(carry.year, carry.month, carry.day) + 24 * 3600_000);
    carry.year = next.getUTCFullYear();
    carry.month = next.getUTCMonth();
    carry.day = next.getUTCDate();
  }
  carry.lastLocalMinutes = mention.hour * 60 + mention.minute;
  return epoch;
}

function firstMatchingTime(text: string, blockStart: number, mentions: { m: ClockMention; at: number | null }[], pattern: RegExp, pick: 'first' | 'last'): number | null {
  // No pattern spans a sentence break, so a text it does not match has no sentence it matches;
  // and where no mention resolved to a time, no sentence has one to give.
  if (!mentions.some((x) => x.at !== null) || !pattern.test(text)) return null;
  let offset = 0;
  let found: number | null = null;
  for (const sentence of sentencesOf(text)) {
    const sStart = blockStart + text.indexOf(sentence, offset);
    offset = sStart - blockStart + sentence.length;
    if (!pattern.test(sentence) || (pattern === IMPACT && HYPOTHETICAL.test(sentence))) continue;
    const inside = mentions.filter((x) => x.at !== null && x.m.start < sStart + sentence.length);
    const times = inside.map((x) => x.at as number);
    if (times.length === 0) continue;
    const value = pick === 'first' ? (times[0] as number) : Math.max(...times);
    if (pick === 'first') return value;
    found = found === null ? value : Math.max(found, value);
  }
  return found;
}

/** Timeline of the postmortem part of a document (before the first status post). */
export function buildTimeline(doc: PostmortemDocument, defaults: DateDefaults): TimelineResult {
  const carry: Carry = { year: defaults.year, month: defaults.month, day: defaults.day, zone: declaredZone(doc.text.slice(0, 20000)) ?? defaults.zone ?? 'UTC', lastLocalMinutes: null };
  const entries: TimelineEntry[] = [];
  let startedAt: number | null = null;
  let resolvedAt: number | null = null;
  let anchor: number | null = null;
  for (const block of doc.blocks) {
    if (block.marker === 'posted') break;
    if (block.kind === 'code' || block.marker) continue;
    const text = blockText(doc, block);
    let previousEnd = 0;
    const mentions = findClockMentions(text).map((found) => {
      const m = found.month === null ? withDateBefore(found, text.slice(previousEnd, found.start)) : found;
      previousEnd = found.end;
      return { m, at: resolveMention(m, carry) };
    });
    const head = text.slice(0, 60);
    const offset = head.includes('+') ? OFFSET.exec(head) : null;
    const lead = mentions[0];
    const leading = lead !== undefined && lead.m.start < 60 && LEADING_CONNECTIVE.test(text.slice(0, lead.m.start));
    let at = leading ? lead.at : null;
    if (offset) {
      const minutes = Number(offset[1]) * (/^h/i.test(offset[2] ?? '') ? 60 : 1);
      if (minutes === 0 && at !== null) anchor = at;
      else if (at === null && anchor !== null && leadingOffset(text, offset.index)) at = anchor + minutes * 60_000;
    }
    if (leading || (offset && at !== null)) entries.push(timelineEntry(doc, block, at));
    if (mentions.length === 0) {
      datedBy(text, carry);
      continue;
    }
    if (startedAt === null) startedAt = firstMatchingTime(text, 0, mentions, IMPACT, 'first');
    // Recovery counts only after a start.
    if (startedAt === null) continue;
    const resolved = firstMatchingTime(text, 0, mentions, RESOLUTION, 'last') ?? impactRangeEnd(text, mentions);
    if (resolved !== null && resolved >= startedAt) resolvedAt = Math.max(resolvedAt ?? resolved, resolved);
  }
  return { entries, startedAt, resolvedAt };
}

/** "On October 2, 2024, ingestion was delayed between 6:45AM PT ...": a date written earlier in the text, with no time between, dates the time. */
function withDateBefore(mention: ClockMention, before: string): ClockMention {
  const date = findDate(before);
  return date ? { ...mention, year: date.year ?? mention.year, month: date.month, day: date.day } : mention;
}

/** A line that is only a date ("### 2025-01-20", "**March 5, 2015**"): the day of the times below it. */
const DATE_LINE_LENGTH = 40;

/** What a date line may hold besides digits and punctuation: month and weekday names, ordinals. */
const DATE_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?<=\d)(?:st|nd|rd|th)\b/gi;

function datedBy(text: string, carry: Carry): void {
  if (text.length > DATE_LINE_LENGTH || /[a-z]/i.test(text.replace(DATE_WORDS, ''))) return;
  const day = findDate(text);
  if (!day) return;
  carry.month = day.month;
  carry.day = day.day;
  if (day.year !== null) carry.year = day.year;
  carry.lastLocalMinutes = null;
}

/** "errors between 14:05 and 15:02 PDT": the end of a range of impact. */
function impactRangeEnd(text: string, mentions: { m: ClockMention; at: number | null }[]): number | null {
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!a || !b || b.at === null) continue;
    const sentence = text.slice(Math.max(0, text.lastIndexOf('.', a.m.start) + 1), text.indexOf('.', b.m.end) === -1 ? text.length : text.indexOf('.', b.m.end));
    if (/^\s*(?:and|to|until|till|through|-|–|—)\s*$/i.test(text.slice(a.m.end, b.m.start)) && IMPACT.test(sentence)) return b.at;
  }
  return null;
}

function leadingOffset(text: string, index: number): boolean {
  return /^[\s*_[(-]*$/.test(text.slice(0, index));
}

function timelineEntry(doc: PostmortemDocument, block: Block, at: number | null): TimelineEntry {
  return { at: at === null ? null : isoMinutes(at), text: collapseWhitespace(blockText(doc, block)).trim(), span: { start: block.start, end: block.end } };
}

/** The text opens with a clock time ("05:12 UTC:", "On March 8th at 05:10 UTC", "- **16:58 UTC** -"). */
export function startsWithTime(text: string): boolean {
  const head = text.slice(0, 80);
  const first = findClockMentions(head)[0];
  return first !== undefined && first.start < 60 && LEADING_CONNECTIVE.test(head.slice(0, first.start));
}
