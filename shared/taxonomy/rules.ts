/**
 * Applies themes' keyword rules to text. Rules are data (see themes.ts for their syntax): a word
 * or phrase matched as whole words, or, ending in `*`, as a prefix of its last word. Text and
 * rules are cut into the same words (punctuation separates words, as a regex word boundary
 * would), so matching is one pass over the text's words. Where rules overlap, the longest one
 * wins: a phrase is more specific evidence than a word it contains.
 */
import type { Theme } from '../model';

interface Rule {
  words: string[];
  /** The last word may be followed by more letters (`deploy*`). */
  prefix: boolean;
  theme: number;
}

interface Matcher {
  ids: string[];
  /**
   * Rules by the first three letters of their first word: a text word can only start a rule
   * that shares them, so each word costs one lookup.
   */
  byStart: Map<string, Rule[]>;
}

const WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
const compiled = new WeakMap<Theme[], Map<Theme['kind'], Matcher>>();

/** Lower-cased words, with typographic quotes folded so a rule with `'` matches `’` (dashes of any kind separate words). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(WORD) ?? [];
}

function push(map: Map<string, Rule[]>, key: string, rule: Rule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

function matcherFor(themes: Theme[], kind: Theme['kind']): Matcher {
  let byKind = compiled.get(themes);
  if (!byKind) {
    byKind = new Map();
    compiled.set(themes, byKind);
  }
  const cached = byKind.get(kind);
  if (cached) return cached;
  const matcher: Matcher = { ids: [], byStart: new Map() };
  for (const theme of themes) {
    if (theme.kind !== kind || theme.retired || theme.id === 'other') continue;
    const index = matcher.ids.push(theme.id) - 1;
    for (const raw of theme.rules) {
      const text = raw.trim();
      const prefix = text.endsWith('*');
      const words = wordsOf(prefix ? text.slice(0, -1) : text);
      const first = words[0];
      if (!first) continue;
      push(matcher.byStart, first.slice(0, 3), { words, prefix, theme: index });
    }
  }
  byKind.set(kind, matcher);
  return matcher;
}

function matchesAt(words: string[], at: number, rule: Rule): boolean {
  const last = rule.words.length - 1;
  for (let k = 0; k <= last; k += 1) {
    const word = words[at + k];
    const expected = rule.words[k] as string;
    if (word === undefined) return false;
    if (k === last && rule.prefix ? !word.startsWith(expected) : word !== expected) return false;
  }
  return true;
}

export interface ThemeEvidence {
  id: string;
  /** Matched rule words: a phrase rule weighs as many words as it has, so it outranks a lone word. */
  weight: number;
}

/** Active themes of `kind` whose rules match, with their evidence, in theme order. */
export function rankThemes(text: string, themes: Theme[], kind: 'remediation' | 'failure'): ThemeEvidence[] {
  const matcher = matcherFor(themes, kind);
  const weights = new Map<number, number>();
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    const rules = matcher.byStart.get(word.slice(0, 3));
    if (!rules) continue;
    let longest = 0;
    let matched: number[] = [];
    for (const rule of rules) {
      if (rule.words.length < longest || !matchesAt(words, i, rule)) continue;
      if (rule.words.length > longest) matched = [];
      longest = rule.words.length;
      if (!matched.includes(rule.theme)) matched.push(rule.theme);
    }
    // Words are evidence once, for the themes whose rule there is the most specific: "staged rollouts" is canary, not also deploys.
    for (const theme of matched) weights.set(theme, (weights.get(theme) ?? 0) + longest);
    if (longest > 1) i += longest - 1;
  }
  return [...weights.entries()].sort((a, b) => a[0] - b[0]).map(([theme, weight]) => ({ id: matcher.ids[theme] as string, weight }));
}

/** Ids of the active themes of `kind` whose rules match, in theme order; `['other']` for unmatched remediation text. */
export function assignThemes(text: string, themes: Theme[], kind: 'remediation' | 'failure'): string[] {
  const ids = rankThemes(text, themes, kind).map((e) => e.id);
  if (ids.length === 0 && kind === 'remediation') return ['other'];
  return ids;
}
