/** Sentence spans inside a range of the text, by Intl.Segmenter, trimmed of surrounding space. */
import type { Span } from '../model';

let segmenter: Intl.Segmenter | null = null;

export function sentenceSpans(text: string, start: number, end: number): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  // A line break inside a paragraph is a soft wrap unless the line ended a sentence or a label.
  const slice = text.slice(start, end).replace(/(?<![.!?:])\n/g, ' ');
  const spans: Span[] = [];
  for (const segment of segmenter.segment(slice)) {
    const raw = segment.segment;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const s = start + segment.index + lead;
    const previous = spans[spans.length - 1];
    // "e.g." and "vs." end no sentence: join the piece to the one before.
    if (previous && /\b(?:e\.g|i\.e|etc|vs|approx|incl|ex)\.$/i.test(text.slice(previous.start, previous.end))) {
      previous.end = s + trimmed.length;
      continue;
    }
    spans.push({ start: s, end: s + trimmed.length });
  }
  return spans;
}
