/**
 * Sentences no rule took for an item, in paragraphs of sections that may hold commitments (not
 * timelines, causes, status updates or advice to readers), outside quotes and status lines. The
 * learned relevance model decides which of them are items after all. Lists and tables are left
 * to the rules: they read each one whole and exclude entries for reasons (containment steps,
 * outcomes, response rows) that a sentence on its own does not show.
 */
import type { Span } from '../model';
import { blockText, type PostmortemDocument } from '../postmortem/document';
import type { BlockContext } from '../postmortem/sections';
import { ADVICE_HEADING, type Candidate } from './candidates';
import { CHANGES_ANNOUNCEMENT, fold, isAside, isIntroduction, isVague, narratesCause, narratesResponse, restatesActions } from './language';
import { sentenceSpans } from './sentences';

export interface LocatedCandidate {
  candidate: Candidate;
  /** Index of the block the candidate sits in. */
  block: number;
}

/** Passages this short or this long are not one action. */
const MIN_WORDS = 3;
const MAX_LENGTH = 600;

/** Index of the block a position of the text belongs to: the last block starting at or before it. */
export function blockAt(doc: PostmortemDocument, position: number): number {
  let low = 0;
  let high = doc.blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((doc.blocks[middle]?.start ?? 0) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * What the rules never take for an action, whatever its words: vague promises, words to the reader, introductions,
 * announcements of changes described after them, restatements of actions named before, the story of the incident.
 */
function saysNoAction(sentence: string): boolean {
  return (
    isVague(sentence) ||
    isAside(sentence) ||
    isIntroduction(sentence) ||
    CHANGES_ANNOUNCEMENT.test(fold(sentence)) ||
    restatesActions(sentence) ||
    narratesCause(sentence) ||
    narratesResponse(sentence)
  );
}

export function unclaimedCandidates(doc: PostmortemDocument, contexts: BlockContext[], claimed: readonly LocatedCandidate[]): LocatedCandidate[] {
  const claimedByBlock = new Map<number, Span[]>();
  for (const { candidate, block } of claimed) claimedByBlock.set(block, [...(claimedByBlock.get(block) ?? []), candidate.span]);
  // A sentence a rule read as the lead-in of its items ("We will improve our release checks.") belongs to them.
  const leads = new Set(claimed.map(({ candidate }) => candidate.lead.trim()).filter(Boolean));
  let origin = claimed.reduce((highest, { candidate }) => Math.max(highest, candidate.origin), -1);
  const found: LocatedCandidate[] = [];
  // Whether the heading just above speaks to readers ("What customers can do"): advice, not the team's work.
  let advice = false;
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'heading') advice = ADVICE_HEADING.test(fold(blockText(doc, block)));
    const context = contexts[index];
    if (block.kind !== 'paragraph' || block.aside || block.marker || !context || advice) return;
    if (context.role === 'negative' || context.role === 'update') return;
    const taken = claimedByBlock.get(index) ?? [];
    for (const span of sentenceSpans(doc.text, block.start, block.end)) {
      if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      const text = doc.text.slice(span.start, span.end);
      // A sentence ending in a colon introduces what follows it: the entries below are the items.
      if (text.length > MAX_LENGTH || text.split(/\s+/).length < MIN_WORDS || /:\s*$/.test(text) || leads.has(text.trim()) || saysNoAction(text)) continue;
      origin += 1;
      found.push({
        block: index,
        candidate: { span, text, lead: '', sentence: '', source: 'prose', origin, strength: 'none', done: null, kindHint: null, block: text, surroundings: text, before: '' },
      });
    }
  });
  return found;
}
