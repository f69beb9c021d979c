/** Sentence spans inside a range of the text, by Intl.Segmenter, trimmed of surrounding space. */
import type { Span } from '../model';
import { isWhiteSpaceAt } from '../postmortem/whitespace';

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

/** The characters the rules below act on: everything else is stepped over by one native scan. */
const TERMINATOR_OR_BREAK = /[.?!\r\n]/g;

/** Where the line break at `at` ends (a CR LF pair is one break). */
function afterLineBreak(text: string, at: number): number {
  return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
}

export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const n = text.length;
  let i = 0;
  while (i < n) {
    TERMINATOR_OR_BREAK.lastIndex = i;
    if (TERMINATOR_OR_BREAK.exec(text) === null) break;
    i = TERMINATOR_OR_BREAK.lastIndex - 1;
    const c = text[i];
    if (isLineBreak(c)) {
      i = afterLineBreak(text, i);
      if (i < n) starts.push(i);
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

/** Where the segments of a slice start (each runs to the next): by the rules above for the characters they know, else by Intl.Segmenter. */
function segmentStarts(slice: string): number[] {
  if (KNOWN_CHARACTERS.test(slice)) return sentenceStarts(slice);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return Array.from(segmenter.segment(slice), (segment) => segment.index);
}

/** `slice[from, to)` without its outer white space, as a span of the text `slice` starts at `offset` in; null when nothing is left. */
function trimmedSpan(slice: string, from: number, to: number, offset: number): Span | null {
  let s = from;
  let e = to;
  while (s < e && isWhiteSpaceAt(slice, s)) s += 1;
  while (e > s && isWhiteSpaceAt(slice, e - 1)) e -= 1;
  return s < e ? { start: offset + s, end: offset + e } : null;
}

/** Whether the piece ends in "e.g." or "vs.", or in a "?" inside a link: the next piece continues it. */
function joinsNext(text: string, piece: Span): boolean {
  // Both patterns end at the piece's last character: a "." for the one, a "?" or "!" for the other.
  const last = text[piece.end - 1];
  if (last === '.') return ABBREVIATION_END.test(text.slice(Math.max(piece.start, piece.end - ABBREVIATION_TAIL), piece.end));
  return (last === '?' || last === '!') && INSIDE_LINK.test(text.slice(piece.start, piece.end));
}

export function sentenceSpans(text: string, start: number, end: number): Span[] {
  // A line break inside a paragraph is a soft wrap unless the line ended a sentence or a label.
  const raw = text.slice(start, end);
  const slice = raw.includes('\n') ? raw.replace(/(?<![.!?:])\n/g, ' ') : raw;
  const spans: Span[] = [];
  if (ONE_SENTENCE.test(slice)) {
    const whole = trimmedSpan(slice, 0, slice.length, start);
    if (whole) spans.push(whole);
    return spans;
  }
  const starts = segmentStarts(slice);
  for (let k = 0; k < starts.length; k += 1) {
    const span = trimmedSpan(slice, starts[k] as number, starts[k + 1] ?? slice.length, start);
    if (!span) continue;
    const previous = spans[spans.length - 1];
    // "e.g." and "vs." end no sentence: join the piece to the one before.
    if (previous && joinsNext(text, previous)) {
      previous.end = span.end;
      continue;
    }
    // "**Introduce X.** We will ...": the closing emphasis belongs to the sentence it closes.
    const opening = text[span.start];
    const closing = previous && (opening === '*' || opening === '_') ? CLOSING_EMPHASIS.exec(text.slice(span.start, span.end)) : null;
    if (previous && closing) {
      previous.end = span.start + (closing[1] as string).length;
      if (span.end - span.start > closing[0].length) spans.push({ start: span.start + closing[0].length, end: span.end });
      continue;
    }
    spans.push(span);
  }
  return spans;
}
