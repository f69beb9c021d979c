/**
 * Incident metadata: title, organization, published/started/resolved times, components,
 * status updates, sections and timeline.
 */
import type { ParsedIncident, StatusUpdate } from '../model';
import { blockText, type Block, type PostmortemDocument } from './document';
import { STATUS_WORDS } from './readers/statuspage-text';
import { classifyHeading, findSections } from './sections';
import { findClockMentions, findDate, isoMinutes, toEpoch, zoneOffsetMinutes } from './times';
import { buildTimeline, type DateDefaults } from './timeline';
import { collapseWhitespace } from './whitespace';

/** How far into a document its title or date line may be. */
const HEAD_LENGTH = 1500;

function cleanHeading(text: string): string {
  return collapseWhitespace(text.replace(/^#+\s*/, '')).trim();
}

/** "title: Understanding the DDoS attack": a title line at the head of a document without front matter. */
const TITLE_LINE = /^[ \t]*title[ \t]*:[ \t]*(\S[^\n]{2,200})$/im;

/** "GitHub Status - Degraded Git Operations over SSH", "Proton Outage | CynderHost Status": the page's own part is the longest. */
function pageTitle(htmlTitle: string): string {
  return htmlTitle
    .split(/\s+[|–—-]\s+/)
    .map((part) => part.trim())
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

function findTitle(doc: PostmortemDocument): string | null {
  const field = doc.fields.title ?? doc.fields.heading ?? doc.fields.headline;
  if (field) return withoutSiteName(field);
  const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.marker === null);
  const h1 = headings.find((b) => b.depth === 1);
  const h1Text = h1 ? cleanHeading(blockText(doc, h1)) : '';
  if (h1Text && namesIncident(h1Text)) return withoutSiteName(h1Text);
  const line = TITLE_LINE.exec(doc.text.slice(0, HEAD_LENGTH))?.[1];
  if (line) return line.trim();
  if (doc.fields['html-title']) return pageTitle(doc.fields['html-title']);
  const heading = headings[0] ? cleanHeading(blockText(doc, headings[0])) : '';
  if (heading && namesIncident(heading)) return withoutSiteName(heading);
  const headLine = doc.text.slice(0, HEAD_LENGTH).split('\n', HEAD_LINES).map(cleanHeading).find((l) => l.length > 0 && namesIncident(l));
  return headLine ? withoutSiteName(headLine.slice(0, 200)) : null;
}

/** "ft-origami-2016-11-03--icons-lost-colour.md" -> "ft origami 2016-11-03 icons lost colour": what the user named the file. */
function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[/\\]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  return collapseWhitespace(base.replace(/(?<!\d)[-_]+|[-_]+(?!\d)/g, ' ')).trim() || 'Untitled postmortem';
}

const TITLE_MAX_WORDS = 14;
/** What a line that only dates something is made of: weekdays, months, numbers and their separators. */
const DATE_WORDS = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d+(?:st|nd|rd|th)?/gi;
const SECTION_NAME_WORDS = 4;
/** How many lines at the head of a document without headings may hold its title. */
const HEAD_LINES = 6;
/** Headings that name a part of any report ("Incident Summary", "What Happened Exactly", "Background:"), not this incident. */
const GENERIC_HEADING = /^\W*(?:incident\s+)?(?:summary|overview|background|introduction|description|details|what\s+happened(?:\s+exactly)?)\W*$/i;
/** Page furniture ("[Date Prev][Date Next]", markup, links), labels ("Background:") and labelled fields ("Date: 19 March 2026"). */
const FURNITURE = /^all\s+times\b|^\s*\[[^\]]*\](?:\s*\[[^\]]*\])+|^(?:date|time|time\s?frame|duration|period|window|posted|published|(?:last\s+)?updated|author|by|status|severity|description|summary|overview|component|impact)\s*:|^(?:[\w.-]+\s+){0,3}status(?:\s+page)?$|:$|<br\s*\/?>|https?:\/\//i;

/** Whether a heading or a line at the head could be the incident's title: not a section name, a date, a label or a paragraph. */
function namesIncident(line: string): boolean {
  // A paragraph, or a line of one: sentence punctuation inside, a full stop after a long line, more words than a title has.
  if (line.length > 150 || /[.!?]\s+\S/.test(line) || (line.length > 60 && line.endsWith('.')) || line.split(/\s+/).length > TITLE_MAX_WORDS || (/^[a-z]/.test(line) && line.split(/\s+/).length > 6)) return false;
  if (FURNITURE.test(line) || GENERIC_HEADING.test(line)) return false;
  // "Resolved", "Update": a status post's heading; "Postmortem" alone may still be what a report calls itself.
  if ((STATUS_WORDS as readonly string[]).includes(line.toLowerCase()) && !/^post-?mortem$/i.test(line)) return false;
  // A section's name on its own ("Root Cause", "Action items"); a title may use the same words among others.
  const section = line.split(/\s+/).length <= SECTION_NAME_WORDS ? classifyHeading(line) : null;
  if (section && section.role !== 'neutral') return false;
  // "Friday 3rd November 2017": a date line, not a name.
  return /\p{L}/u.test(line.replace(DATE_WORDS, ''));
}

/** " - Neon", " | The Acme Engineering Blog": the site a page title ends with, named in one to three capitalised words. */
const SITE_SUFFIX = /\s+[-|–—]\s+((?:the\s+)?[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,2})\s*$/;
const SITE_SECTION = /\s+(?:engineering\s+)?(?:blog|status|news|engineering)$/i;
const NOT_A_SITE = /^(?:blog|status|news|engineering|home|post-?mortem|incident(?:\s+report)?|update|resolved)$/i;

/** The organisation a title's site suffix names ("Delayed Start - Neon" -> Neon), from the front matter, the h1 or the page title. */
function siteOfTitles(doc: PostmortemDocument): string | null {
  const h1 = doc.blocks.find((b) => b.kind === 'heading' && b.marker === null && b.depth === 1);
  for (const title of [doc.fields.title, h1 ? cleanHeading(blockText(doc, h1)) : undefined, doc.fields['html-title']]) {
    const m = title ? SITE_SUFFIX.exec(title.trim()) : null;
    if (!m || /\d/.test(m[1] as string) || (title as string).slice(0, m.index).split(/\s+/).length < 2) continue;
    const name = (m[1] as string).replace(/^the\s+/i, '').replace(SITE_SECTION, '');
    if (name && !NOT_A_SITE.test(name)) return name;
  }
  return null;
}

/** "Downtime Postmortem - Blog", "Delayed Start - Neon": a page title's site or section suffix. */
function withoutSiteName(title: string): string {
  const plain = title.replace(/\s+[-|–—]\s+(?:blog|news|status|engineering(?:\s+blog)?)\s*$/i, '');
  // "Postmortem: Delayed Start Compute Operations - Neon": a short name after a dash, with no digits, names the site.
  const site = /\s+[-|–—]\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*$/.exec(plain);
  return site && !/\d/.test(site[0]) && plain.slice(0, site.index).split(/\s+/).length >= 3 ? plain.slice(0, site.index) : plain;
}

/** Epoch of a `Posted Mar 29, 2023 - 00:07 PDT` line, or of an ISO timestamp. */
function postedEpoch(text: string): number | null {
  const mention = findClockMentions(text)[0];
  if (mention && mention.year !== null && mention.month !== null && mention.day !== null) {
    return toEpoch(mention.year, mention.month, mention.day, mention.hour, mention.minute, mention.zone ?? 'UTC');
  }
  return null;
}

/** The zone of the first `Posted ...` line that names one. */
function postsZone(doc: PostmortemDocument): string | null {
  for (const block of doc.blocks) {
    if (block.marker !== 'posted') continue;
    const zone = findClockMentions(blockText(doc, block))[0]?.zone;
    if (zone) return zone;
  }
  return null;
}

function localOffsetMinutes(zone: string, epoch: number): number {
  const d = new Date(epoch);
  return zoneOffsetMinutes(zone, d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) ?? 0;
}

function parseFieldDate(value: string | undefined): number | null {
  if (!value) return null;
  const t = Date.parse(value);
  if (!Number.isNaN(t)) return t;
  const date = findDate(value);
  if (date?.year) return Date.UTC(date.year, date.month, date.day);
  return null;
}

/** "date: 2024-07-25", "- **Date:** 2026-09-24", "Last updated: 2023-01-19": a date line at the head of a document without front matter. */
const DATE_LINE = /^[ \t]*(?:[-*][ \t]+)?(?:\*\*|__)?(?:date|published(?:\s+(?:on|at))?|posted(?:\s+on)?|(?:last\s+)?updated|date\s+created)(?:\*\*|__)?[ \t]*[:=][ \t]*(?:\*\*|__)?([^\n]{6,40})$/im;

function headDate(text: string): number | null {
  const line = DATE_LINE.exec(text.slice(0, HEAD_LENGTH));
  return line ? parseFieldDate(line[1]?.replace(/\*\*|__/g, '').trim()) : null;
}

/** Splits `A and B (x, y), C` into `A`, `B (x)`, `B (y)`, `C`. */
export function splitComponents(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const flush = (): void => {
    const t = current.trim();
    if (t) parts.push(t);
    current = '';
  };
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i] as string;
    if (c === '(') depth += 1;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && c === ',') {
      flush();
      continue;
    }
    if (depth === 0 && list.startsWith(' and ', i)) {
      flush();
      i += 4;
      continue;
    }
    current += c;
  }
  flush();
  return parts.flatMap((part) => {
    const m = /^(.*?)\s*\((.*)\)$/.exec(part);
    if (!m?.[1] || !m[2] || !m[2].includes(',')) return [part];
    const inner = m[2].split(',').map((s) => s.trim()).filter(Boolean);
    return inner.map((s) => `${m[1]} (${s})`);
  });
}

function statusFromBody(body: string): string {
  const b = body.toLowerCase();
  if (/\bresolved\b/.test(b)) return 'Resolved';
  if (/\bmonitoring\b/.test(b)) return 'Monitoring';
  if (/\bidentified\b/.test(b)) return 'Identified';
  if (/\binvestigating\b/.test(b)) return 'Investigating';
  return 'Update';
}

function readUpdates(doc: PostmortemDocument): StatusUpdate[] {
  const updates: StatusUpdate[] = [];
  let segmentStart: Block | null = null;
  let status: string | null = null;
  let bodyBlocks: Block[] = [];
  for (const block of doc.blocks) {
    if (block.marker === 'provider' || block.marker === 'affected' || (block.kind === 'heading' && block.depth === 1 && block.marker === null && updates.length === 0 && !segmentStart)) continue;
    if (block.marker === 'status') {
      status = blockText(doc, block).trim();
      segmentStart ??= block;
      continue;
    }
    if (block.marker === 'posted') {
      const body = bodyBlocks.map((b) => blockText(doc, b)).join('\n\n').trim();
      const epoch = postedEpoch(blockText(doc, block));
      const first = updates.length === 0;
      const resolvedStatus = status && STATUS_WORDS.some((w) => w === status?.toLowerCase()) ? status : null;
      updates.push({
        status: resolvedStatus ?? (first && body.length > 600 ? 'Postmortem' : statusFromBody(body)),
        postedAt: epoch === null ? null : isoMinutes(epoch),
        body,
        span: { start: (segmentStart ?? bodyBlocks[0] ?? block).start, end: block.end },
      });
      segmentStart = null;
      status = null;
      bodyBlocks = [];
      continue;
    }
    segmentStart ??= block;
    bodyBlocks.push(block);
  }
  return updates;
}

/** How long before a post the incident it reports may have happened. */
const REPORT_DELAY_DAYS = 90;

/**
 * The day a post's undated clock times fall on: the date it mentions first (its title or opening names the day of the
 * incident), when that is on or before the day of the post and not long before it; else the day of the post.
 */
function incidentDay(mentioned: { year: number | null; month: number; day: number }, posted: number): number {
  const at = Date.UTC(mentioned.year ?? new Date(posted).getUTCFullYear(), mentioned.month, mentioned.day);
  const postDay = Math.floor(posted / 86_400_000) * 86_400_000;
  return at <= postDay && postDay - at <= REPORT_DELAY_DAYS * 86_400_000 ? at : posted;
}

function postedBounds(updates: StatusUpdate[]): { first: number | null; resolved: number | null } {
  const times = (status: RegExp): number[] => updates.filter((u) => u.postedAt !== null && status.test(u.status)).map((u) => Date.parse(u.postedAt as string));
  const incident = times(/^(?!.*post-?\s?mortem)/i);
  const resolved = times(/^\W*resolved\W*$/i);
  return { first: incident.length > 0 ? Math.min(...incident) : null, resolved: resolved.length > 0 ? Math.max(...resolved) : null };
}

/** `fileName` names the incident when the text does not. */
export function readMetadata(doc: PostmortemDocument, fileName: string): Omit<ParsedIncident, 'failureThemes'> {
  const provider = doc.blocks.find((b) => b.marker === 'provider');
  const organization = provider
    ? blockText(doc, provider).replace(/^\s*Incident Report for\s+/i, '').trim()
    : (doc.fields.company ?? doc.fields.organization ?? siteOfTitles(doc));
  const updates = readUpdates(doc);
  const published = updates[0]?.postedAt ? Date.parse(updates[0].postedAt) : (parseFieldDate(doc.fields.date) ?? headDate(doc.text));
  const postTimes = updates.map((u) => (u.postedAt ? Date.parse(u.postedAt) : NaN)).filter((t) => !Number.isNaN(t));
  const earliestPost = postTimes.length > 0 ? Math.min(...postTimes) : published;
  // Times written without a zone are in the zone the posts are written in ("Posted Oct 14, 2020 - 10:25 EDT").
  const postZone = postsZone(doc);
  const defaults: DateDefaults = { year: null, month: null, day: null, zone: postZone };
  const title = findTitle(doc) ?? titleFromFileName(fileName);
  const mentioned = findDate(title) ?? findDate(doc.text.slice(0, 3000));
  if (earliestPost !== null) {
    const at = postTimes.length === 0 && mentioned ? incidentDay(mentioned, earliestPost) : earliestPost;
    // The day of the first post where it was written: 20:40 EST on Jan 3 is Jan 4 in UTC.
    const offset = postTimes.length > 0 && postZone ? localOffsetMinutes(postZone, at) : 0;
    const d = new Date(at + offset * 60_000);
    Object.assign(defaults, { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() });
  } else if (mentioned) {
    Object.assign(defaults, { year: mentioned.year, month: mentioned.month, day: mentioned.day });
  }
  const timeline = buildTimeline(doc, defaults);
  const affected = doc.blocks.find((b) => b.marker === 'affected');
  const components = affected
    ? splitComponents(blockText(doc, affected).replace(/^\s*This incident affected:\s*/i, '').replace(/\.\s*$/, ''))
    : [];
  const posts = postedBounds(updates);
  // A status page's text may give no times: its first post and its "Resolved" post bound the incident.
  const startedAt = timeline.startedAt ?? posts.first;
  const resolvedAt = timeline.resolvedAt ?? (startedAt !== null && posts.resolved !== null && posts.resolved >= startedAt ? posts.resolved : null);
  return {
    title,
    organization,
    publishedAt: published === null ? null : isoMinutes(published),
    startedAt: startedAt === null ? null : isoMinutes(startedAt),
    resolvedAt: resolvedAt === null ? null : isoMinutes(resolvedAt),
    durationMinutes: startedAt !== null && resolvedAt !== null ? Math.round((resolvedAt - startedAt) / 60_000) : null,
    components,
    updates,
    sections: findSections(doc),
    timeline: timeline.entries,
  };
}
