/** Sentence spans inside a range of the text, by Intl.Segmenter, trimmed of surrounding space. */
import type { Span } from '../model';

let segmenter: Intl.Segmenter | null = null;
/** "e.g." and "vs." end no sentence. */
const ABBREVIATION_END = /\b(?:e\.g|i\.e|etc|vs|approx|incl|ex)\.$/i;
/** A "?" inside a link target ("](https://x/y?id=1)") ends no sentence. */
const INSIDE_LINK = /(?:\]\(|https?:\/\/)[^\s)]*[?!]$/;
/** Enough of a sentence's end for ABBREVIATION_END, with the character before its longest word for `\b`. */
const ABBREVIATION_TAIL = 8;
/**
 * Plain ASCII with no sentence terminator and no line break: the segmenter would return it whole,
 * so it is not asked (it is the slowest step of reading a list entry).
 */
const ONE_SENTENCE = /^[^.?!\r\n\u0080-\uffff]*$/;

export function sentenceSpans(text: string, start: number, end: number): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  // A line break inside a paragraph is a soft wrap unless the line ended a sentence or a label.
  const slice = text.slice(start, end).replace(/(?<![.!?:])\n/g, ' ');
  const spans: Span[] = [];
  if (ONE_SENTENCE.test(slice)) {
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed.length > 0) spans.push({ start: start + lead, end: start + lead + trimmed.length });
    return spans;
  }
  for (const segment of segmenter.segment(slice)) {
    const raw = segment.segment;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const s = start + segment.index + lead;
    const previous = spans[spans.length - 1];
    // "e.g." and "vs." end no sentence: join the piece to the one before.
    if (previous && (ABBREVIATION_END.test(text.slice(Math.max(previous.start, previous.end - ABBREVIATION_TAIL), previous.end)) || INSIDE_LINK.test(text.slice(previous.start, previous.end)))) {
      previous.end = s + trimmed.length;
      continue;
    }
    spans.push({ start: s, end: s + trimmed.length });
  }
  return spans;
}
