/** Content words of a phrase, lower-cased and lightly stemmed, for comparing wordings. */

const STOPWORDS = new Set(
  'a an the and or but of to in on for with by from at as is are was were be been being this that these those it its our we us i you they them their there here will would should could can may might must need needs shall do does did done have has had not no more most such so than then also into onto over under about after before when which who whom what where why how all any each other some only own same very just via per e.g etc ensure make made'.split(
    ' ',
  ),
);

export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // "investigation" and "investigate", "rewritten" and "rewrite": the noun and the participle share the verb's stem.
  if (w.length > 6 && (w.endsWith('tion') || w.endsWith('tten'))) w = w.slice(0, -3);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Without it, text is ASCII: its letters and digits are a-z and 0-9, which a plain class finds faster than `\p{L}`. */
const NON_ASCII = /[\u0080-\uffff]/;

export function contentWords(text: string): string[] {
  const lower = text.toLowerCase();
  // Quotes of any kind separate words as the split below does; most wordings have no link to drop.
  const unlinked = lower.includes('http') ? lower.replace(/https?:\/\/\S+/g, ' ') : lower;
  return (NON_ASCII.test(unlinked) ? unlinked.split(/[^\p{L}\p{N}]+/u) : unlinked.split(/[^a-z0-9]+/))
    .filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
}
