/** Applies themes' keyword rules to text. Rules are data (see themes.ts for their syntax). */
import type { Theme } from '../model';

interface Matcher {
  /** One alternation of every rule: a single pass finds where any rule matches. */
  pattern: RegExp;
  ids: string[];
  /** Per theme, anchored at a position: which themes match where the alternation matched. */
  sticky: RegExp[];
}

const compiled = new WeakMap<Theme[], Map<Theme['kind'], Matcher | null>>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `deploy*` -> prefix match; other rules match whole words. Word edges are ASCII `\b`s (fast). */
function ruleSource(rule: string): string | null {
  const r = rule.trim().toLowerCase();
  const prefix = r.endsWith('*');
  const body = prefix ? r.slice(0, -1) : r;
  if (body.length === 0) return null;
  const start = /^\w/.test(body) ? '\\b' : '';
  const end = !prefix && /\w$/.test(body) ? '\\b' : '';
  return `${start}${escape(body).replace(/\s+/g, '\\s+')}${end}`;
}

function matcherFor(themes: Theme[], kind: Theme['kind']): Matcher | null {
  let byKind = compiled.get(themes);
  if (!byKind) {
    byKind = new Map();
    compiled.set(themes, byKind);
  }
  const cached = byKind.get(kind);
  if (cached !== undefined) return cached;
  const ids: string[] = [];
  const groups: string[] = [];
  for (const theme of themes) {
    if (theme.kind !== kind || theme.retired || theme.id === 'other') continue;
    const sources = theme.rules.map(ruleSource).filter((s): s is string => s !== null);
    if (sources.length === 0) continue;
    ids.push(theme.id);
    groups.push(`(?:${sources.join('|')})`);
  }
  const matcher = groups.length > 0 ? { pattern: new RegExp(groups.join('|'), 'g'), ids, sticky: groups.map((g) => new RegExp(g, 'y')) } : null;
  byKind.set(kind, matcher);
  return matcher;
}

/** Typographic quotes and dashes folded, so a rule written with `'` matches `’`. */
function fold(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').toLowerCase();
}

/** Ids of the active themes of `kind` whose rules match, in theme order; `['other']` for unmatched remediation text. */
export function assignThemes(text: string, themes: Theme[], kind: 'remediation' | 'failure'): string[] {
  const matcher = matcherFor(themes, kind);
  const found = new Set<number>();
  if (matcher) {
    const pattern = new RegExp(matcher.pattern);
    const folded = fold(text);
    for (let m = pattern.exec(folded); m && found.size < matcher.ids.length; m = pattern.exec(folded)) {
      matcher.sticky.forEach((rule, i) => {
        if (found.has(i)) return;
        rule.lastIndex = m.index;
        if (rule.test(folded)) found.add(i);
      });
      pattern.lastIndex = m.index + 1;
    }
  }
  const ids = [...found].sort((a, b) => a - b).map((i) => matcher?.ids[i] as string);
  if (ids.length === 0 && kind === 'remediation') return ['other'];
  return ids;
}
