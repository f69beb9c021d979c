/**
 * The same action mentioned twice (in a summary and again in an action list) is one item.
 * Two entries of one list or table, or two sentences of one paragraph, are never duplicates;
 * across places, items whose content words mostly coincide are, and the one from the more
 * structured place stays. A list or table that restates an earlier one entry by entry (an
 * action table repeated as a checklist) is the same actions again: its matching entries go.
 */
import type { Candidate } from './candidates';
import { contentWords } from './words';

const RANK: Record<Candidate['source'], number> = { table: 3, list: 3, lessons: 2, prose: 1 };
const OVERLAP = 0.55;
const MIN_SHARED = 3;
/** Two entries of different lists are one action when nearly all the words of one are the other's, and most of the other's. */
const LISTED_OVERLAP = 0.8;
const LISTED_COVER = 0.6;
/** A word that many items use tells nothing about which of them repeat each other. */
const COMMON_WORD_USERS = 40;
/** Verbs every action uses: sharing them says nothing about being the same action. */
const GENERIC = new Set(['add', 'implement', 'improv', 'creat', 'set', 'updat', 'mak', 'use', 'new', 'better', 'more', 'work', 'need', 'also']);

/** Share of a later list's entries that must each repeat an entry of one earlier list. */
const RESTATED_SHARE = 0.6;
const RESTATED_OVERLAP = 0.6;
const RESTATED_MIN_SHARED = 2;

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
  const dropped = restatedEntries(items, bags, users);
  items.forEach((item, r) => {
    if (dropped.has(r)) return;
    // An entry of a list or table repeats another list's entry only in nearly the same words.
    const structured = RANK[item.candidate.source] === 3;
    const shared = new Map<number, number>();
    for (const w of bags[r] as Set<string>) {
      const list = users.get(w) ?? [];
      if (list.length > COMMON_WORD_USERS) continue;
      for (const k of list) if (k !== r) shared.set(k, (shared.get(k) ?? 0) + 1);
    }
    for (const [k, count] of shared) {
      const other = items[k] as T;
      if (dropped.has(k) || count < MIN_SHARED || other.candidate.origin === item.candidate.origin) continue;
      const sizes = [(bags[r] as Set<string>).size, (bags[k] as Set<string>).size];
      if (structured) {
        if (RANK[other.candidate.source] !== 3 || count / Math.min(...sizes) < LISTED_OVERLAP || count / Math.max(...sizes) < LISTED_COVER) continue;
      } else if (count / Math.min(...sizes) < OVERLAP) continue;
      const rank = RANK[item.candidate.source];
      const otherRank = RANK[other.candidate.source];
      const keepOther = otherRank > rank || (otherRank === rank && k < r);
      dropped.add(keepOther ? r : k);
      if (keepOther) return;
    }
  });
  return items.filter((_, i) => !dropped.has(i));
}

/** Entries of a list or table whose list, by most of its entries, repeats one earlier list or table. */
function restatedEntries<T extends { candidate: Candidate }>(
  items: readonly T[],
  bags: readonly Set<string>[],
  users: ReadonlyMap<string, number[]>,
): Set<number> {
  const listSize = new Map<number, number>();
  for (const { candidate } of items) {
    if (RANK[candidate.source] === 3) listSize.set(candidate.origin, (listSize.get(candidate.origin) ?? 0) + 1);
  }
  // For each (later list, earlier list) pair: the later list's entries that repeat an entry of the earlier one.
  const repeats = new Map<string, number[]>();
  items.forEach((item, r) => {
    const { origin } = item.candidate;
    if (RANK[item.candidate.source] !== 3) return;
    const shared = new Map<number, number>();
    for (const w of bags[r] as Set<string>) {
      const list = users.get(w) ?? [];
      // As below: a word that many entries use says nothing, and skipping it keeps long lists linear.
      if (list.length > COMMON_WORD_USERS) continue;
      for (const k of list) if (k < r) shared.set(k, (shared.get(k) ?? 0) + 1);
    }
    const earlierLists = new Set<number>();
    for (const [k, count] of shared) {
      const other = (items[k] as T).candidate;
      if (RANK[other.source] !== 3 || other.origin === origin || count < RESTATED_MIN_SHARED) continue;
      if (count / Math.min((bags[r] as Set<string>).size, (bags[k] as Set<string>).size) >= RESTATED_OVERLAP) earlierLists.add(other.origin);
    }
    for (const earlier of earlierLists) {
      const key = `${origin}:${earlier}`;
      const list = repeats.get(key);
      if (list) list.push(r);
      else repeats.set(key, [r]);
    }
  });
  const dropped = new Set<number>();
  for (const [key, entries] of repeats) {
    const size = listSize.get(Number(key.split(':')[0])) ?? 0;
    if (size >= 2 && entries.length >= size * RESTATED_SHARE) for (const r of entries) dropped.add(r);
  }
  return dropped;
}
