/** Applies themes' keyword rules to text. Rules are data (see themes.ts for their syntax). */
import type { Theme } from '../model';

const compiled = new WeakMap<readonly string[], RegExp | null>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regular expression per rule list, cached by its text. */
function ruleMatcher(rules: readonly string[]): RegExp | null {
  const cached = compiled.get(rules);
  if (cached !== undefined) return cached;
  const alternatives = rules
    .map((r) => r.trim().toLowerCase())
    .filter((r) => r.length > 0 && r !== '*')
    .map((r) => {
      const prefix = r.endsWith('*');
      const body = escape(prefix ? r.slice(0, -1) : r).replace(/\s+/g, '\\s+');
      return prefix ? body : `${body}(?![a-z0-9])`;
    });
  // ASCII word edges keep the expression fast; rules are matched on lower-cased, folded text.
  const matcher = alternatives.length > 0 ? new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})`) : null;
  compiled.set(rules, matcher);
  return matcher;
}

/** Typographic quotes and dashes folded, so a rule written with `'` matches `’`. */
function fold(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
}

/** Ids of the active themes of `kind` whose rules match; `['other']` for unmatched remediation text. */
export function assignThemes(text: string, themes: Theme[], kind: 'remediation' | 'failure'): string[] {
  const folded = fold(text).toLowerCase();
  const ids = themes
    .filter((t) => t.kind === kind && !t.retired && t.id !== 'other')
    .filter((t) => ruleMatcher(t.rules)?.test(folded) ?? false)
    .map((t) => t.id);
  if (ids.length === 0 && kind === 'remediation') return ['other'];
  return ids;
}
