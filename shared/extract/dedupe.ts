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
/** A word that many items use tells nothing about which of them repeat each other. */
const COMMON_WORD_USERS = 40;
/** Verbs every action uses: sharing them says nothing about being the same action. */
const GENERIC = new Set(['add', 'implement', 'improv', 'creat', 'set', 'updat', 'mak', 'use', 'new', 'better', 'more', 'work', 'need', 'also']);

export function dropDuplicates<T extends { candidate: Candidate; wording: string }>(items: T[]): T[] {
  const bags = items.map((item) => new Set(contentWords(item.wording).filter((w) => !GENERIC.has(w))));
  // Which items use each word: pairs that share no word are never compared, so long lists stay linear.
  const users = new Map<string, number[]>();
  bags.forEach((bag, i) => {
    for (const w of bag) {
      const list = users.get(w);
      if (list) list.push(i);
      else users.set(w, [i]);
    }
  });
  const dropped = new Set<number>();
  items.forEach((item, r) => {
    // Only prose and lessons repeat something said elsewhere.
    if (RANK[item.candidate.source] === 3 || dropped.has(r)) return;
    const shared = new Map<number, number>();
    for (const w of bags[r] as Set<string>) {
      const list = users.get(w) ?? [];
      if (list.length > COMMON_WORD_USERS) continue;
      for (const k of list) if (k !== r) shared.set(k, (shared.get(k) ?? 0) + 1);
    }
    for (const [k, count] of shared) {
      const other = items[k] as T;
      if (dropped.has(k) || count < MIN_SHARED || other.candidate.origin === item.candidate.origin) continue;
      if (count / Math.min((bags[r] as Set<string>).size, (bags[k] as Set<string>).size) < OVERLAP) continue;
      const rank = RANK[item.candidate.source];
      const otherRank = RANK[other.candidate.source];
      const keepOther = otherRank > rank || (otherRank === rank && k < r);
      dropped.add(keepOther ? r : k);
      if (keepOther) return;
    }
  });
  return items.filter((_, i) => !dropped.has(i));
}
