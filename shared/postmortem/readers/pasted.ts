/**
 * Text pasted from a rendered page keeps one paragraph per line and no blank lines at all; hand-written
 * text separates its paragraphs with blank lines and wraps lines inside them. The readers read the first
 * kind one block per line.
 */

/** At least this many written lines, and blank ones at most this share of them (or the one after a final line break). */
const MIN_LINES = 8;
const MAX_BLANK_SHARE = 0.05;

export function pastedFromPage(writtenLines: number, blankLines: number): boolean {
  return writtenLines >= MIN_LINES && blankLines <= Math.max(1, writtenLines * MAX_BLANK_SHARE);
}
