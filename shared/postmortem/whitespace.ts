/** White space as `\s` means it (and as trim() removes it). */
const WHITE_SPACE = /\s/;

/** `\s` at `text[i]`, without a regex for the ASCII characters text is mostly made of. */
export function isWhiteSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE_SPACE.test(text.charAt(i));
}

/** Every run of white space as one plain space. */
const NOT_ONE_SPACE = /\s\s+|[^\S ]/g;

export function collapseWhitespace(text: string): string {
  // Only runs that are not already a single space are replaced: most text has few, and is returned as it is.
  return text.replace(NOT_ONE_SPACE, ' ');
}
