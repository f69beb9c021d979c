/**
 * Remediation themes of an item, from the strongest evidence there is: the item's own words;
 * failing that, the sentence it was split from, or the words around an item that only says
 * "deploy it"; failing that, its block. Borrowed evidence is weaker, so it yields only the
 * best-supported themes.
 */
import type { Theme } from '../model';
import { rankThemes, type ThemeEvidence } from '../taxonomy';
import type { Candidate } from './candidates';

/** An item carries at most this many themes: beyond it, the extra ones are noise. */
const MAX_OWN = 3;
const MAX_BORROWED = 2;
/** "deploy it", "moving them": the item's own words do not say what it acts on. */
const ANAPHORA = /\b[a-z]+\s+(?:it|them)\b(?!\s+(?:is|was|will|would|has|had|to)\b)/i;
/** A leading verb that says how a change ships, not what it is about ("Deploy safeguards that ..."). */
const SHIPPING_VERB = /^\s*(?:deploy|release|roll\s+out|ship|apply|merge|push)\w*\s+/i;

function strongest(evidence: ThemeEvidence[], limit: number): string[] {
  if (evidence.length <= limit) return evidence.map((e) => e.id);
  const ranked = [...evidence].sort((a, b) => b.weight - a.weight);
  const floor = (ranked[limit - 1] as ThemeEvidence).weight;
  // Ties at the cut keep theme order, so the result is deterministic and stable under edits.
  const kept = new Set(ranked.filter((e) => e.weight > floor).map((e) => e.id));
  for (const e of evidence) if (kept.size < limit && e.weight === floor) kept.add(e.id);
  return evidence.filter((e) => kept.has(e.id)).map((e) => e.id);
}

/**
 * Themes for the items of one document. Borrowed evidence (a paragraph, its neighbours) is shared
 * by every item that comes from it, so it is ranked once: a long paragraph of many items stays linear.
 */
export function themeReader(themes: Theme[]): (candidate: Candidate) => string[] {
  const ranked = new Map<string, ThemeEvidence[]>();
  const borrowedFrom = (text: string): ThemeEvidence[] => {
    let evidence = ranked.get(text);
    if (!evidence) {
      evidence = rankThemes(text, themes, 'remediation');
      ranked.set(text, evidence);
    }
    return evidence;
  };
  return (candidate) => {
    const action = candidate.text.replace(SHIPPING_VERB, '');
    const own = rankThemes(`${candidate.lead} ${action}`, themes, 'remediation');
    if (candidate.source === 'prose' && ANAPHORA.test(candidate.text)) {
      const ids = [...new Set([...strongest(own, MAX_OWN), ...strongest(borrowedFrom(candidate.surroundings), MAX_BORROWED)])];
      return ids.length > 0 ? ids : ['other'];
    }
    if (own.length > 0) return strongest(own, MAX_OWN);
    const borrowed = strongest(borrowedFrom(candidate.sentence || candidate.block), MAX_BORROWED);
    return borrowed.length > 0 ? borrowed : ['other'];
  };
}
