/**
 * The import review of one parsed postmortem, as plain data: which proposed items the
 * user accepts, how they edited, split, merged or added them, and the incident's
 * corrected metadata. Every change returns a new draft; `reviewedImport` turns the
 * draft into what the data layer stores.
 */
import type { ExtractedItem, ItemKind, ParsedIncident, ParsedPostmortem, Span, Theme } from '../../../shared/model';
import { assignThemes } from '../../../shared/taxonomy';

export type ItemDecision = 'accepted' | 'rejected';

export interface DraftItem extends ExtractedItem {
  /** Stable within the draft: React keys, selection and highlights. */
  key: string;
  decision: ItemDecision;
}

export interface ReviewDraft {
  parsed: ParsedPostmortem;
  incident: ParsedIncident;
  items: DraftItem[];
  nextKey: number;
}

export type ItemEdit = Partial<Pick<ExtractedItem, 'title' | 'kind' | 'themes' | 'done'>>;

export const TITLE_MAX_LENGTH = 200;
/** Proposals below this confidence are marked for a closer look. */
export const LOW_CONFIDENCE = 0.7;

const byPosition = (a: DraftItem, b: DraftItem) => a.span.start - b.span.start || a.span.end - b.span.end;

export function createDraft(parsed: ParsedPostmortem): ReviewDraft {
  const items = parsed.items.map((item, index) => ({ ...item, key: `item-${index + 1}`, decision: 'accepted' as const }));
  return { parsed, incident: parsed.incident, items: items.sort(byPosition), nextKey: items.length + 1 };
}

function mapItem(draft: ReviewDraft, key: string, change: (item: DraftItem) => DraftItem): ReviewDraft {
  return { ...draft, items: draft.items.map((item) => (item.key === key ? change(item) : item)) };
}

export function setDecision(draft: ReviewDraft, key: string, decision: ItemDecision): ReviewDraft {
  return mapItem(draft, key, (item) => ({ ...item, decision }));
}

export function setAllDecisions(draft: ReviewDraft, decision: ItemDecision): ReviewDraft {
  return { ...draft, items: draft.items.map((item) => ({ ...item, decision })) };
}

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX_LENGTH);
}

/** Applies an edit; a title left blank keeps the old one. */
export function editItem(draft: ReviewDraft, key: string, edit: ItemEdit): ReviewDraft {
  return mapItem(draft, key, (item) => {
    const title = edit.title === undefined ? item.title : cleanTitle(edit.title) || item.title;
    return { ...item, ...edit, title };
  });
}

const SPLIT_JOINS = [/\s*;\s*/, /,?\s+as well as\s+/i, /,?\s+and also\s+/i, /,\s+and\s+/i, /\s+and\s+/i];

/** Where a title most likely holds two actions: the halves to offer when splitting it. */
export function suggestSplit(title: string): [string, string] {
  for (const join of SPLIT_JOINS) {
    const match = join.exec(title);
    if (match && match.index > 0 && match.index + match[0].length < title.length) {
      const first = title.slice(0, match.index).trim();
      const rest = title.slice(match.index + match[0].length).trim();
      return [first, rest.charAt(0).toUpperCase() + rest.slice(1)];
    }
  }
  return [title, title];
}

/** Replaces an item with two that share its source span; the second follows the first. */
export function splitItem(draft: ReviewDraft, key: string, titles: readonly [string, string]): ReviewDraft {
  const index = draft.items.findIndex((item) => item.key === key);
  const item = draft.items[index];
  if (!item) return draft;
  const first: DraftItem = { ...item, title: cleanTitle(titles[0]) || item.title };
  const second: DraftItem = { ...item, key: `item-${draft.nextKey}`, title: cleanTitle(titles[1]) || item.title, detail: undefined };
  const items = [...draft.items.slice(0, index), first, second, ...draft.items.slice(index + 1)];
  return { ...draft, items, nextKey: draft.nextKey + 1 };
}

/**
 * Merges two items into the first: its title and kind, both titles' themes, a span
 * covering both sources, and done only if both were.
 */
export function mergeItems(draft: ReviewDraft, firstKey: string, secondKey: string): ReviewDraft {
  const first = draft.items.find((item) => item.key === firstKey);
  const second = draft.items.find((item) => item.key === secondKey);
  if (!first || !second || first === second) return draft;
  const span: Span = { start: Math.min(first.span.start, second.span.start), end: Math.max(first.span.end, second.span.end) };
  const merged: DraftItem = {
    ...first,
    detail: [first.detail, second.title, second.detail].filter(Boolean).join('\n'),
    themes: [...new Set([...first.themes, ...second.themes])],
    done: first.done && second.done,
    confidence: Math.min(first.confidence, second.confidence),
    decision: 'accepted',
    span,
    quote: draft.parsed.text.slice(span.start, span.end),
  };
  const items = draft.items.filter((item) => item !== second).map((item) => (item === first ? merged : item));
  return { ...draft, items };
}

/** The span with surrounding whitespace left out, or null when nothing but whitespace is in it. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Adds an item the user marked in the source text: titled by that text, themed by the
 * current rules, accepted. Returns the new item's key, or null for an empty selection.
 */
export function addItemFromSpan(
  draft: ReviewDraft,
  selection: Span,
  themes: readonly Theme[],
  kind: ItemKind = 'prevent',
): { draft: ReviewDraft; key: string } | null {
  const span = trimSpan(draft.parsed.text, selection);
  if (!span) return null;
  const quote = draft.parsed.text.slice(span.start, span.end);
  const key = `item-${draft.nextKey}`;
  const item: DraftItem = {
    key,
    title: cleanTitle(quote),
    kind,
    themes: assignThemes(quote, [...themes], 'remediation'),
    done: false,
    quote,
    span,
    confidence: 1,
    decision: 'accepted',
  };
  return { draft: { ...draft, items: [...draft.items, item].sort(byPosition), nextKey: draft.nextKey + 1 }, key };
}

/** The items the user's edits left for the given decision. */
export function itemsWith(draft: ReviewDraft, decision: ItemDecision): DraftItem[] {
  return draft.items.filter((item) => item.decision === decision);
}

export function editIncident(draft: ReviewDraft, edit: Partial<ParsedIncident>): ReviewDraft {
  const incident = { ...draft.incident, ...edit };
  if ('startedAt' in edit || 'resolvedAt' in edit) incident.durationMinutes = minutesBetween(incident.startedAt, incident.resolvedAt);
  return { ...draft, incident };
}

function minutesBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const minutes = Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
  return Number.isFinite(minutes) && minutes >= 0 ? minutes : null;
}

/** What "Add to tracker" stores: the document with its corrected metadata, and the accepted items. */
export function reviewedImport(draft: ReviewDraft): { parsed: ParsedPostmortem; acceptedItems: ExtractedItem[] } {
  const acceptedItems = itemsWith(draft, 'accepted').map(({ key: _key, decision: _decision, ...item }) => item);
  return { parsed: { ...draft.parsed, incident: draft.incident, items: acceptedItems }, acceptedItems };
}
