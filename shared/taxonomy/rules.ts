/**
 * Applies themes' keyword rules to text. Rules are data (see themes.ts for their syntax): a word
 * or phrase matched as whole words, or, ending in `*`, as a prefix of its last word. Text and
 * rules are cut into the same words (punctuation separates words, as a regex word boundary
 * would), so matching is one pass over the text's words. Where rules overlap, the longest one
 * wins: a phrase is more specific evidence than a word it contains. The pass reads the text's
 * UTF-8 bytes rather than its characters: words are ASCII, and a loop over a byte array is
 * faster than one over a string's characters.
 */
import type { Theme } from '../model';

interface Rule {
  words: string[];
  /** The last word may be followed by more letters (`deploy*`). */
  prefix: boolean;
  theme: number;
}

/**
 * Rules by the first three letters of their first word (as a number, see `startKey`), longest
 * rules first: a text word can only start a rule that shares them, so each word costs one lookup.
 * An open-addressing table of numbers rather than a Map: the lookup runs for every word of every
 * text, and most words find nothing.
 */
interface RuleTable {
  /** key + 1 in a slot that holds rules, 0 in an empty one. */
  keys: Int32Array;
  rules: Rule[][];
  /** 32 - log2(slots): a key's home slot is the top bits of its multiplicative hash, which the low letters also stir. */
  shift: number;
}

interface Matcher {
  ids: string[];
  table: RuleTable;
  /**
   * By the first two characters of a word (its `startKey` without the third), 1 when some rule may start
   * there: one load turns away most words before the table is probed.
   */
  openings: Uint8Array;
}

const WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
const compiled = new WeakMap<Theme[], Map<Theme['kind'], Matcher>>();

/** Lower-cased, with typographic quotes folded so a rule with `'` matches `’`. */
function folded(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

/** Words as WORD cuts them (dashes of any kind separate words). */
function wordsOf(text: string): string[] {
  return folded(text).match(WORD) ?? [];
}

/** The part of the WHATWG TextEncoder used here; shared/ has no DOM lib to declare it. */
interface Utf8Encoder {
  encodeInto(text: string, into: Uint8Array): { written: number };
}

let encoder: Utf8Encoder | undefined;
/** Reused by every call: texts are read one at a time, and most fit the first size. */
let scratch = new Uint8Array(1 << 16);
/** A text that needs more is encoded into a buffer of its own, so one huge text does not stay in memory. */
const SCRATCH_LIMIT = 1 << 20;

/**
 * The UTF-8 bytes of `text`. A word character is one ASCII byte there, and every other character
 * only bytes from 0x80 up, so the words are the text's words. Valid until the next call.
 */
function utf8(text: string): Uint8Array {
  encoder ??= new (globalThis as unknown as { TextEncoder: new () => Utf8Encoder }).TextEncoder();
  const needed = text.length * 3;
  if (scratch.length < needed && needed <= SCRATCH_LIMIT) scratch = new Uint8Array(needed);
  const into = scratch.length < needed ? new Uint8Array(needed) : scratch;
  return into.subarray(0, encoder.encodeInto(text, into).written);
}

/** The bits of a `startKey` that hold its first two characters. */
const OPENING_MASK = (1 << 14) - 1;

/** The first three bytes of `bytes[start, end)` as one number: words are ASCII, 7 bits a character. */
function startKey(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  let key = bytes[start] as number;
  if (length > 1) key |= (bytes[start + 1] as number) << 7;
  if (length > 2) key |= (bytes[start + 2] as number) << 14;
  return key;
}

/** The slot of `key`: where it is, or the empty slot where it would go. */
function slotOf(table: RuleTable, key: number): number {
  const mask = table.keys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> table.shift;
  for (;;) {
    const stored = table.keys[slot] as number;
    if (stored === 0 || stored === key + 1) return slot;
    slot = (slot + 1) & mask;
  }
}

function ruleTable(byStart: Map<number, Rule[]>): RuleTable {
  let bits = 6;
  // At most a quarter full, so a lookup seldom probes past its first slot.
  while (1 << bits < byStart.size * 4) bits += 1;
  const table: RuleTable = { keys: new Int32Array(1 << bits), rules: [], shift: 32 - bits };
  for (const [key, rules] of byStart) {
    const slot = slotOf(table, key);
    table.keys[slot] = key + 1;
    table.rules[slot] = [...rules].sort((a, b) => b.words.length - a.words.length);
  }
  return table;
}

function rulesStartingWith(table: RuleTable, key: number): Rule[] | undefined {
  const slot = slotOf(table, key);
  return table.keys[slot] === 0 ? undefined : table.rules[slot];
}

function matcherFor(themes: Theme[], kind: Theme['kind']): Matcher {
  let byKind = compiled.get(themes);
  if (!byKind) {
    byKind = new Map();
    compiled.set(themes, byKind);
  }
  const cached = byKind.get(kind);
  if (cached) return cached;
  const ids: string[] = [];
  const byStart = new Map<number, Rule[]>();
  for (const theme of themes) {
    if (theme.kind !== kind || theme.retired || theme.id === 'other') continue;
    const index = ids.push(theme.id) - 1;
    for (const raw of theme.rules) {
      const text = raw.trim();
      const prefix = text.endsWith('*');
      const words = wordsOf(prefix ? text.slice(0, -1) : text);
      const first = words[0];
      if (!first) continue;
      const key = startKey(utf8(first), 0, first.length);
      const rule: Rule = { words, prefix, theme: index };
      const list = byStart.get(key);
      if (list) list.push(rule);
      else byStart.set(key, [rule]);
    }
  }
  const openings = new Uint8Array(1 << 14);
  for (const key of byStart.keys()) openings[key & OPENING_MASK] = 1;
  const matcher: Matcher = { ids, table: ruleTable(byStart), openings };
  byKind.set(kind, matcher);
  return matcher;
}

/** [a-z0-9], the characters WORD makes words of. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** End of the word starting at `start`, as WORD would match it: an apostrophe inside a word ("don't") keeps it going. */
function wordEnd(bytes: Uint8Array, start: number): number {
  const length = bytes.length;
  let i = start + 1;
  for (;;) {
    while (i < length && isWordChar(bytes[i] as number)) i += 1;
    if (i + 1 < length && bytes[i] === 39 && isWordChar(bytes[i + 1] as number)) i += 2;
    else return i;
  }
}

/** Start of the first word at or after `from`, or the end of the bytes. */
function nextWordStart(bytes: Uint8Array, from: number): number {
  const length = bytes.length;
  let i = from;
  while (i < length && !isWordChar(bytes[i] as number)) i += 1;
  return i;
}

/** Whether the bytes at `at` spell `word` (ASCII). */
function spells(bytes: Uint8Array, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k += 1) if (bytes[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Where `rule` ends when it matches the words from the one at `[start, end)` on, or -1. Later
 * words are found as they are needed, so the text is never cut into words up front.
 */
function matchEnd(bytes: Uint8Array, start: number, end: number, rule: Rule): number {
  const last = rule.words.length - 1;
  let wordStart = start;
  let wordStop = end;
  for (let k = 0; ; k += 1) {
    const expected = rule.words[k] as string;
    const length = wordStop - wordStart;
    if (k === last && rule.prefix ? length < expected.length : length !== expected.length) return -1;
    if (!spells(bytes, wordStart, expected)) return -1;
    if (k === last) return wordStop;
    wordStart = nextWordStart(bytes, wordStop);
    if (wordStart === bytes.length) return -1;
    wordStop = wordEnd(bytes, wordStart);
  }
}

export interface ThemeEvidence {
  id: string;
  /** Matched rule words: a phrase rule weighs as many words as it has, so it outranks a lone word. */
  weight: number;
}

/** Active themes of `kind` whose rules match, with their evidence, in theme order. */
export function rankThemes(text: string, themes: Theme[], kind: 'remediation' | 'failure'): ThemeEvidence[] {
  const matcher = matcherFor(themes, kind);
  const weights: number[] = new Array<number>(matcher.ids.length).fill(0);
  const bytes = utf8(folded(text));
  const length = bytes.length;
  let i = 0;
  for (;;) {
    let first = 0;
    while (i < length && !isWordChar((first = bytes[i] as number))) i += 1;
    if (i === length) break;
    const end = wordEnd(bytes, i);
    if (matcher.openings[end - i > 1 ? first | ((bytes[i + 1] as number) << 7) : first] === 0) {
      i = end;
      continue;
    }
    const rules = rulesStartingWith(matcher.table, startKey(bytes, i, end));
    let next = end;
    if (rules) {
      let longest = 0;
      // Most words match one theme's rule or none: a list of themes is made only for a second one.
      let theme = -1;
      let more: number[] | null = null;
      // Longest rules come first: once one matches, shorter ones cannot win here.
      for (const rule of rules) {
        if (rule.words.length < longest) break;
        const stop = matchEnd(bytes, i, end, rule);
        if (stop < 0) continue;
        longest = rule.words.length;
        next = stop;
        if (theme === -1) theme = rule.theme;
        else if (rule.theme !== theme && !(more ??= []).includes(rule.theme)) more.push(rule.theme);
      }
      // Words are evidence once, for the themes whose rule there is the most specific: "staged rollouts" is canary, not also deploys.
      if (theme !== -1) weights[theme] = (weights[theme] as number) + longest;
      if (more) for (const other of more) weights[other] = (weights[other] as number) + longest;
    }
    i = next;
  }
  const evidence: ThemeEvidence[] = [];
  weights.forEach((weight, theme) => {
    if (weight > 0) evidence.push({ id: matcher.ids[theme] as string, weight });
  });
  return evidence;
}

/** Ids of the active themes of `kind` whose rules match, in theme order; `['other']` for unmatched remediation text. */
export function assignThemes(text: string, themes: Theme[], kind: 'remediation' | 'failure'): string[] {
  const ids = rankThemes(text, themes, kind).map((e) => e.id);
  if (ids.length === 0 && kind === 'remediation') return ['other'];
  return ids;
}
