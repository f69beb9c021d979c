/**
 * Applies themes' keyword rules to text. Rules are data (see themes.ts for their syntax): a word
 * or phrase matched as whole words, or, ending in `*`, as a prefix of its last word. Text and
 * rules are cut into the same words (punctuation separates words, as a regex word boundary
 * would), so matching is one pass over the text's words.
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
  /** Rules by their first word; prefix rules with a single word by its first three letters. */
  byFirstWord: Map<string, Rule[]>;
  byPrefixStart: Map<string, Rule[]>;
}

const WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
const compiled = new WeakMap<Theme[], Map<Theme['kind'], Matcher>>();

/** Lower-cased words, with typographic quotes and dashes folded so a rule with `'` matches `’`. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[–—]/g, '-').match(WORD) ?? [];
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
  const matcher: Matcher = { ids: [], byFirstWord: new Map(), byPrefixStart: new Map() };
  for (const theme of themes) {
    if (theme.kind !== kind || theme.retired || theme.id === 'other') continue;
    const index = matcher.ids.push(theme.id) - 1;
    for (const raw of theme.rules) {
      const text = raw.trim();
      const prefix = text.endsWith('*');
      const words = wordsOf(prefix ? text.slice(0, -1) : text);
      const first = words[0];
      if (!first) continue;
      const rule = { words, prefix, theme: index };
      if (prefix && words.length === 1) push(matcher.byPrefixStart, first.slice(0, 3), rule);
      else push(matcher.byFirstWord, first, rule);
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

/** Ids of the active themes of `kind` whose rules match, in theme order; `['other']` for unmatched remediation text. */
export function assignThemes(text: string, themes: Theme[], kind: 'remediation' | 'failure'): string[] {
  const matcher = matcherFor(themes, kind);
  const found = new Set<number>();
  const words = wordsOf(text);
  for (let i = 0; i < words.length && found.size < matcher.ids.length; i += 1) {
    const word = words[i] as string;
    for (const rule of [...(matcher.byFirstWord.get(word) ?? []), ...(matcher.byPrefixStart.get(word.slice(0, 3)) ?? [])]) {
      if (!found.has(rule.theme) && matchesAt(words, i, rule)) found.add(rule.theme);
    }
  }
  const ids = [...found].sort((a, b) => a - b).map((i) => matcher.ids[i] as string);
  if (ids.length === 0 && kind === 'remediation') return ['other'];
  return ids;
}
