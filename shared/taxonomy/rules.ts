/** Applies themes' keyword rules to text. Rules are data (see themes.ts for their syntax). */
import type { Theme } from '../model';

const compiled = new Map<string, RegExp | null>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regular expression per rule list, cached by its text. */
function ruleMatcher(rules: readonly string[]): RegExp | null {
  const key = rules.join('\u0000');
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  const alternatives = rules
    .map((r) => r.trim().toLowerCase())
    .filter((r) => r.length > 0 && r !== '*')
    .map((r) => {
      const prefix = r.endsWith('*');
      const body = escape(prefix ? r.slice(0, -1) : r).replace(/\s+/g, '\\s+');
      return prefix ? `${body}[\\p{L}\\p{N}-]*` : `${body}(?![\\p{L}\\p{N}])`;
    });
  const matcher = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'iu') : null;
  compiled.set(key, matcher);
  return matcher;
}

/** Typographic quotes and dashes folded, so a rule written with `'` matches `’`. */
function fold(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
}

/** Ids of the active themes of `kind` whose rules match; `['other']` for unmatched remediation text. */
export function assignThemes(text: string, themes: Theme[], kind: 'remediation' | 'failure'): string[] {
  const folded = fold(text);
  const ids = themes
    .filter((t) => t.kind === kind && !t.retired && t.id !== 'other')
    .filter((t) => ruleMatcher(t.rules)?.test(folded) ?? false)
    .map((t) => t.id);
  if (ids.length === 0 && kind === 'remediation') return ['other'];
  return ids;
}
