/** Sentence spans inside a range of the text, by Intl.Segmenter, trimmed of surrounding space. */
import type { Span } from '../model';

let segmenter: Intl.Segmenter | null = null;
const CLOSING_EMPHASIS = /^(\*\*|__)(?:\s+|$)/;
/** "e.g." and "vs." end no sentence. */
const ABBREVIATION_END = /\b(?:e\.g|i\.e|etc|vs|approx|incl|ex)\.$/i;
/** A "?" inside a link target ("](https://x/y?id=1)") ends no sentence. */
const INSIDE_LINK = /(?:\]\(|https?:\/\/)[^\s)]*[?!]$/;
/** Enough of a sentence's end for ABBREVIATION_END, with the character before its longest word for `\b`. */
const ABBREVIATION_TAIL = 8;
/**
 * ASCII (and typographic quotes and dashes) with no line break and no sentence terminator but, maybe, one at its end:
 * the segmenter would return it whole, so it is not asked (it is the slowest step of reading a list entry).
 */
const ONE_SENTENCE = /^(?:[^.?!\r\n\u0080-\uffff]|[’‘“”–—])*(?:[.?!]["'’”)\]]*)?\s*$/;

/**
 * Unicode sentence boundaries (UAX #29, as ICU applies them) for text of ASCII, typographic quotes and dashes, where
 * every character's class is plain: asking Intl.Segmenter costs more than the rest of reading a paragraph.
 * Rules: a break follows a line break (SB4), and follows . ? ! with closing quotes or brackets and spaces after them
 * (SB9-11), except: "3.5" (SB6), "U.S" (SB7), ". and" where the next letter is lower case after a full stop (SB8),
 * and before , ; : - or another terminator (SB8a).
 */
const KNOWN_CHARACTERS = /^[\t\n\v\f\r -~’‘“”–—]*$/;
const CLOSE = new Set(['"', "'", '(', ')', '[', ']', '{', '}', '’', '‘', '“', '”']);
const CONTINUE = new Set([',', '-', ':', ';', '–', '—']);
const isTerminator = (c: string | undefined): boolean => c === '.' || c === '?' || c === '!';
const isLineBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\v' || c === '\f';
const isUpper = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';
const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Where the line break at `at` ends (a CR LF pair is one break). */
function afterLineBreak(text: string, at: number): number {
  return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
}

export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (isLineBreak(c)) {
      i = afterLineBreak(text, i);
      if (i < n) starts.push(i);
      continue;
    }
    if (!isTerminator(c)) {
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (c === '.' && (isDigit(next) || (isUpper(next) && (isUpper(text[i - 1]) || isLower(text[i - 1]))))) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < n && CLOSE.has(text[j] as string)) j += 1;
    while (j < n && isSpace(text[j])) j += 1;
    if (j >= n) break;
    const d = text[j] as string;
    if (isLineBreak(d)) {
      i = afterLineBreak(text, j);
      if (i < n) starts.push(i);
      continue;
    }
    if (CONTINUE.has(d) || isTerminator(d)) {
      i = j;
      continue;
    }
    if (c === '.') {
      let k = j;
      while (k < n && !isUpper(text[k]) && !isLower(text[k]) && !isLineBreak(text[k]) && !isTerminator(text[k])) k += 1;
      if (isLower(text[k])) {
        i = j;
        continue;
      }
    }
    starts.push(j);
    i = j;
  }
  return starts;
}

/** Segments of a slice as [offset, text] pairs: by the rules below for the characters they know, else by Intl.Segmenter. */
function segmentsOf(slice: string): [number, string][] {
  const starts = KNOWN_CHARACTERS.test(slice) ? sentenceStarts(slice) : null;
  if (starts) return starts.map((at, k) => [at, slice.slice(at, starts[k + 1] ?? slice.length)]);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return Array.from(segmenter.segment(slice), (segment): [number, string] => [segment.index, segment.segment]);
}

export function sentenceSpans(text: string, start: number, end: number): Span[] {
  // A line break inside a paragraph is a soft wrap unless the line ended a sentence or a label.
  const raw = text.slice(start, end);
  const slice = raw.includes('\n') ? raw.replace(/(?<![.!?:])\n/g, ' ') : raw;
  const spans: Span[] = [];
  if (ONE_SENTENCE.test(slice)) {
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed.length > 0) spans.push({ start: start + lead, end: start + lead + trimmed.length });
    return spans;
  }
  for (const [index, segment] of segmentsOf(slice)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed.length === 0) continue;
    const s = start + index + lead;
    const previous = spans[spans.length - 1];
    // "e.g." and "vs." end no sentence: join the piece to the one before.
    if (previous && (ABBREVIATION_END.test(text.slice(Math.max(previous.start, previous.end - ABBREVIATION_TAIL), previous.end)) || INSIDE_LINK.test(text.slice(previous.start, previous.end)))) {
      previous.end = s + trimmed.length;
      continue;
    }
    // "**Introduce X.** We will ...": the closing emphasis belongs to the sentence it closes.
    const closing = previous ? CLOSING_EMPHASIS.exec(trimmed) : null;
    if (previous && closing) {
      previous.end = s + (closing[1] as string).length;
      if (trimmed.length > closing[0].length) spans.push({ start: s + closing[0].length, end: s + trimmed.length });
      continue;
    }
    spans.push({ start: s, end: s + trimmed.length });
  }
  return spans;
}
