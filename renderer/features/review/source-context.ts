/** The sentence an item came from, with a little of the postmortem around it. */
import type { ItemSource } from '../../../shared/model';

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

const CONTEXT_CHARS = 220;

/** Cuts at a word boundary so the context does not start or end mid-word. */
function trimToWords(text: string, side: 'start' | 'end'): string {
  if (side === 'start') {
    const space = text.indexOf(' ');
    return space === -1 ? text : `…${text.slice(space + 1)}`;
  }
  const space = text.lastIndexOf(' ');
  return space === -1 ? text : `${text.slice(0, space)}…`;
}

/**
 * The quote and up to `radius` characters either side, taken from the incident's text
 * when the span still points at the quote; otherwise the quote alone.
 */
export function quoteInContext(sourceText: string | null, source: ItemSource, radius = CONTEXT_CHARS): QuoteInContext {
  if (sourceText === null || sourceText.slice(source.start, source.end) !== source.quote) {
    return { before: '', quote: source.quote, after: '' };
  }
  const from = Math.max(0, source.start - radius);
  const to = Math.min(sourceText.length, source.end + radius);
  const before = sourceText.slice(from, source.start);
  const after = sourceText.slice(source.end, to);
  return {
    before: from > 0 ? trimToWords(before, 'start') : before,
    quote: source.quote,
    after: to < sourceText.length ? trimToWords(after, 'end') : after,
  };
}
