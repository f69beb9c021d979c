/**
 * Scoring extraction against the gold labels (test/fixtures/{postmortems,corpus,gathered}).
 * An extracted item matches a gold item when most of the gold wording's content words (or of
 * its `source` sentence) are in the item's title and detail, and the item is not a whole
 * paragraph. Matching is one-to-one, best pairs first. Items matching an `uncertain` gold item
 * count neither for nor against.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedItem, ParsedPostmortem } from '../../../../shared/model';
import { readPostmortem } from '../../../../shared/postmortem';
import { contentWords } from '../../../../shared/extract/words';

export interface GoldItem {
  text: string;
  source?: string;
  kind: string;
  themes: string[];
  done?: boolean;
  uncertain?: boolean;
}

export interface GoldFile {
  file: string;
  source_url?: string;
  incident?: {
    title: string;
    organization: string;
    publishedAt: string;
    startedAt: string;
    resolvedAt: string;
    affectedComponents: string[];
    failureThemes: string[];
  };
  items: GoldItem[];
}

export interface GoldCase {
  set: string;
  path: string;
  gold: GoldFile;
}

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');
const MATCH_SHARE = 0.6;

export function loadGoldCases(sets: string[] = ['postmortems', 'corpus', 'gathered']): GoldCase[] {
  const cases: GoldCase[] = [];
  for (const set of sets) {
    const dir = join(FIXTURES, set);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.gold.json')) continue;
      let gold: GoldFile;
      try {
        gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldFile;
      } catch {
        continue;
      }
      const path = join(dir, gold.file ?? name.replace(/\.gold\.json$/, ''));
      if (existsSync(path) && Array.isArray(gold.items)) cases.push({ set, path, gold });
    }
  }
  return cases;
}

export function parseCase(c: GoldCase): ParsedPostmortem {
  const result = readPostmortem({ name: c.path, bytes: new Uint8Array(readFileSync(c.path)) });
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.value;
}

function share(gold: string[], found: Set<string>): number {
  const unique = [...new Set(gold)];
  if (unique.length === 0) return 0;
  return unique.filter((w) => found.has(w)).length / unique.length;
}

function matchScore(item: ExtractedItem, gold: GoldItem): number {
  const wording = `${item.title} ${item.detail ?? ''}`;
  const limit = 2.5 * Math.max(gold.text.length, gold.source?.length ?? 0) + 150;
  if (Math.max(item.title.length, item.detail?.length ?? 0) > limit) return 0;
  const found = new Set(contentWords(wording));
  return Math.max(share(contentWords(gold.text), found), gold.source ? share(contentWords(gold.source), found) : 0);
}

export interface Pair {
  item: ExtractedItem;
  gold: GoldItem;
}

export interface CaseScore {
  name: string;
  truePositives: Pair[];
  uncertainMatches: Pair[];
  falsePositives: ExtractedItem[];
  missed: GoldItem[];
  precision: number;
  recall: number;
}

export function scoreItems(name: string, items: ExtractedItem[], goldItems: GoldItem[]): CaseScore {
  const scored: { i: number; g: number; s: number }[] = [];
  items.forEach((item, i) =>
    goldItems.forEach((gold, g) => {
      const s = matchScore(item, gold);
      if (s >= MATCH_SHARE) scored.push({ i, g, s });
    }),
  );
  scored.sort((a, b) => b.s - a.s || a.i - b.i || a.g - b.g);
  const usedItems = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: { i: number; g: number }[] = [];
  for (const { i, g } of scored) {
    if (usedItems.has(i) || usedGold.has(g)) continue;
    usedItems.add(i);
    usedGold.add(g);
    pairs.push({ i, g });
  }
  const truePositives: Pair[] = [];
  const uncertainMatches: Pair[] = [];
  for (const { i, g } of pairs) {
    const pair = { item: items[i] as ExtractedItem, gold: goldItems[g] as GoldItem };
    (pair.gold.uncertain ? uncertainMatches : truePositives).push(pair);
  }
  const falsePositives = items.filter((_, i) => !usedItems.has(i));
  const missed = goldItems.filter((g, k) => !usedGold.has(k) && !g.uncertain);
  const certain = goldItems.filter((g) => !g.uncertain).length;
  const counted = items.length - uncertainMatches.length;
  return {
    name,
    truePositives,
    uncertainMatches,
    falsePositives,
    missed,
    precision: counted === 0 ? 1 : truePositives.length / counted,
    recall: certain === 0 ? 1 : truePositives.length / certain,
  };
}

export interface Totals {
  precision: number;
  recall: number;
  kindAccuracy: number;
  doneAccuracy: number;
  themeRecall: number;
  tp: number;
  fp: number;
  fn: number;
}

export function totals(scores: CaseScore[]): Totals {
  const tp = scores.reduce((n, s) => n + s.truePositives.length, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.missed.length, 0);
  const pairs = scores.flatMap((s) => [...s.truePositives, ...s.uncertainMatches]);
  const kindRight = pairs.filter((p) => p.item.kind === p.gold.kind).length;
  const doneRight = pairs.filter((p) => p.item.done === (p.gold.done === true)).length;
  const goldThemes = pairs.flatMap((p) => p.gold.themes.map((t) => p.item.themes.includes(t)));
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    kindAccuracy: pairs.length === 0 ? 1 : kindRight / pairs.length,
    doneAccuracy: pairs.length === 0 ? 1 : doneRight / pairs.length,
    themeRecall: goldThemes.length === 0 ? 1 : goldThemes.filter(Boolean).length / goldThemes.length,
    tp,
    fp,
    fn,
  };
}

export function report(scores: CaseScore[]): string {
  const lines = scores.map(
    (s) =>
      `${s.name.padEnd(58)} P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)} tp=${s.truePositives.length} fp=${s.falsePositives.length} fn=${s.missed.length}`,
  );
  const t = totals(scores);
  lines.push(`TOTAL P=${t.precision.toFixed(3)} R=${t.recall.toFixed(3)} kind=${t.kindAccuracy.toFixed(3)} done=${t.doneAccuracy.toFixed(3)} themes=${t.themeRecall.toFixed(3)} (tp=${t.tp} fp=${t.fp} fn=${t.fn})`);
  return lines.join('\n');
}
