/**
 * The same action mentioned twice (in a summary and again in an action list) is one item.
 * Two entries of one list or table, or two sentences of one paragraph, are never duplicates;
 * across places, items whose content words mostly coincide are, and the one from the more
 * structured place stays.
 */
import type { Candidate } from './candidates';
import { contentWords } from './words';

const RANK: Record<Candidate['source'], number> = { table: 3, list: 3, lessons: 2, prose: 1 };
const OVERLAP = 0.55;
const MIN_SHARED = 3;
/** Verbs every action uses: sharing them says nothing about being the same action. */
const GENERIC = new Set(['add', 'implement', 'improv', 'creat', 'set', 'updat', 'mak', 'use', 'new', 'better', 'more', 'work', 'need', 'also']);

function overlap(a: Set<string>, b: Set<string>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared += 1;
  return shared < MIN_SHARED ? 0 : shared / small.size;
}

export function dropDuplicates<T extends { candidate: Candidate; wording: string }>(items: T[]): T[] {
  const bags = items.map((item) => new Set(contentWords(item.wording).filter((w) => !GENERIC.has(w))));
  const dropped = new Set<number>();
  // Only prose and lessons can repeat something; comparing just those keeps this linear for long lists.
  const repeaters = items.map((item, i) => (RANK[item.candidate.source] < 3 ? i : -1)).filter((i) => i >= 0);
  for (const r of repeaters) {
    for (let k = 0; k < items.length; k += 1) {
      if (k === r || (RANK[items[k]?.candidate.source ?? 'prose'] < 3 && k < r)) continue;
      const [i, j] = r < k ? [r, k] : [k, r];
      if (dropped.has(i) || dropped.has(j)) continue;
      const a = items[i] as T;
      const b = items[j] as T;
      // Entries of action lists and tables are written as distinct actions; so are the sentences of one paragraph.
      if (RANK[a.candidate.source] === 3 && RANK[b.candidate.source] === 3) continue;
      if (a.candidate.origin === b.candidate.origin) continue;
      if (overlap(bags[i] as Set<string>, bags[j] as Set<string>) < OVERLAP) continue;
      const keepFirst = RANK[a.candidate.source] >= RANK[b.candidate.source];
      dropped.add(keepFirst ? j : i);
    }
  }
  return items.filter((_, i) => !dropped.has(i));
}
