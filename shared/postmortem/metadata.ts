/**
 * Incident metadata: title, organization, published/started/resolved times, components,
 * status updates, sections and timeline.
 */
import type { ParsedIncident, StatusUpdate } from '../model';
import { blockText, type Block, type PostmortemDocument } from './document';
import { STATUS_WORDS } from './readers/statuspage-text';
import { findSections } from './sections';
import { findClockMentions, findDate, isoMinutes, toEpoch } from './times';
import { buildTimeline, type DateDefaults } from './timeline';
import { collapseWhitespace } from './whitespace';

function cleanHeading(text: string): string {
  return collapseWhitespace(text.replace(/^#+\s*/, '')).trim();
}

function findTitle(doc: PostmortemDocument): string {
  if (doc.fields.title) return doc.fields.title;
  const h1 = doc.blocks.find((b) => b.kind === 'heading' && b.depth === 1 && b.marker === null);
  if (h1) return cleanHeading(blockText(doc, h1));
  if (doc.fields['html-title']) return doc.fields['html-title'];
  const heading = doc.blocks.find((b) => b.kind === 'heading' && b.marker === null);
  if (heading) return cleanHeading(blockText(doc, heading));
  const text = doc.text.trim();
  const lineEnd = text.indexOf('\n');
  const firstLine = lineEnd < 0 ? text : text.slice(0, lineEnd);
  return firstLine.slice(0, 200).trim() || 'Untitled postmortem';
}

/** Epoch of a `Posted Mar 29, 2023 - 00:07 PDT` line, or of an ISO timestamp. */
function postedEpoch(text: string): number | null {
  const mention = findClockMentions(text)[0];
  if (mention && mention.year !== null && mention.month !== null && mention.day !== null) {
    return toEpoch(mention.year, mention.month, mention.day, mention.hour, mention.minute, mention.zone ?? 'UTC');
  }
  return null;
}

function parseFieldDate(value: string | undefined): number | null {
  if (!value) return null;
  const t = Date.parse(value);
  if (!Number.isNaN(t)) return t;
  const date = findDate(value);
  if (date?.year) return Date.UTC(date.year, date.month, date.day);
  return null;
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

export function readMetadata(doc: PostmortemDocument): Omit<ParsedIncident, 'failureThemes'> {
  const provider = doc.blocks.find((b) => b.marker === 'provider');
  const organization = provider
    ? blockText(doc, provider).replace(/^\s*Incident Report for\s+/i, '').trim()
    : (doc.fields.company ?? doc.fields.organization ?? null);
  const updates = readUpdates(doc);
  const published = updates[0]?.postedAt ? Date.parse(updates[0].postedAt) : parseFieldDate(doc.fields.date);
  const postTimes = updates.map((u) => (u.postedAt ? Date.parse(u.postedAt) : NaN)).filter((t) => !Number.isNaN(t));
  const earliestPost = postTimes.length > 0 ? Math.min(...postTimes) : published;
  const defaults: DateDefaults = { year: null, month: null, day: null };
  if (earliestPost !== null) {
    const d = new Date(earliestPost);
    Object.assign(defaults, { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() });
  } else {
    const titled = findDate(findTitle(doc)) ?? findDate(doc.text.slice(0, 3000));
    if (titled) Object.assign(defaults, { year: titled.year, month: titled.month, day: titled.day });
  }
  const timeline = buildTimeline(doc, defaults);
  const affected = doc.blocks.find((b) => b.marker === 'affected');
  const components = affected
    ? splitComponents(blockText(doc, affected).replace(/^\s*This incident affected:\s*/i, '').replace(/\.\s*$/, ''))
    : [];
  const { startedAt, resolvedAt } = timeline;
  return {
    title: findTitle(doc),
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
