/**
 * One sentence, several actions. "Changes will include X as well as Y prior to Z" gives
 * "X prior to Z" and "Y prior to Z"; "I have revoked the token, and will avoid creating one,
 * moreover ensuring they expire" gives the two commitments and drops the past action.
 */
import { ELABORATION, commitmentOf, fold, isActionVerb, verbForm } from './language';

export interface ActionPart {
  text: string;
}

/** Where a shared tail starts: the condition or scope every part keeps. */
const TAIL = /\s+(?=(?:prior\s+to|before|after|when|across|for\s+all|in\s+(?:all|every|each|production|staging))\b)/i;
const CLAUSE_BREAK = /,\s*(?:and\s+)?(?=(?:will|we\s+will|we'll|we\s+are|we're|we\s+have|we've|moreover|additionally|furthermore|as\s+well\s+as\s+ensuring)\b)/i;

function clean(text: string): string {
  return text.replace(/^[\s,;]+|[\s,;.]+$/g, '');
}

/** "include X as well as Y <tail>" -> ["X <tail>", "Y <tail>"], or null when there is nothing to split. */
function splitAsWellAs(sentence: string): string[] | null {
  const folded = fold(sentence);
  if (!/\bas\s+well\s+as\b/i.test(folded)) return null;
  const elaboration = ELABORATION.exec(folded);
  if (!elaboration) return null;
  const objectStart = elaboration[0].length;
  const rest = sentence.slice(objectStart);
  const tailMatch = TAIL.exec(fold(rest));
  const object = tailMatch ? rest.slice(0, tailMatch.index) : rest;
  const tail = tailMatch ? rest.slice(tailMatch.index) : '';
  const parts = object.split(/\s+as\s+well\s+as\s+/i).map(clean).filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  return parts.map((p) => clean(`Add ${p}${tail}`));
}

/** Splits at ", and will ..." / ", moreover ..." and keeps the clauses that commit. */
function splitClauses(sentence: string): string[] | null {
  const clauses = sentence.split(CLAUSE_BREAK).map(clean).filter((c) => c.length > 0);
  if (clauses.length < 2) return null;
  const kept: string[] = [];
  let previousCommits = false;
  for (const clause of clauses) {
    const f = fold(clause);
    const continues: boolean = /^(?:moreover|additionally|furthermore|as\s+well\s+as)\b/i.test(f) && previousCommits;
    const strength = commitmentOf(clause);
    const commits: boolean = /^(?:will|we\s+will|we'll)\b/i.test(f) || (strength !== 'none' && strength !== 'planned-passive') || continues;
    if (commits) kept.push(clause);
    previousCommits = commits;
  }
  return kept.length > 1 || (kept.length === 1 && kept[0] !== clean(sentence)) ? kept : null;
}

const SUBJECT_AND_AUX = /^(?:[^,]{0,60},\s+)?(?:we|i|our(?:\s+[\w/&.,-]+){0,5}?\s+(?:teams?|engineers)|the\s+team)(?:\s+|(?='))(?:(?:will|'ll|are|'re|am|have|has|'ve|also|now|actively|currently|therefore|further|be|since|already)\s+)*(?=\w)/i;
const NEXT_VERB = /(?:[,;]\s*(?:and\s+)?|\s+and\s+)([a-z][a-z-]+)\b(?!\s+(?:for|on|of|in|to|with|at|and)\b)/gi;
/** "safeguards that preserve X, reject Y, and prevent Z": the verbs listed after a relative or infinitive. */
const LISTED_AFTER = /\b(?:that|which|to)\s+([a-z]+)\b/gi;

/** "we are adding X and improving Y" -> "we are adding X", "improving Y" (verbs in the same form). */
function splitCoordinatedVerbs(sentence: string): string[] | null {
  const folded = fold(sentence);
  const prefix = SUBJECT_AND_AUX.exec(folded);
  const infinitive = prefix ? null : /\b(?:underway|working|continue|plan|intend)\s+to\s+(?:better\s+|further\s+)?(?=[a-z])/i.exec(folded);
  if (!prefix && !infinitive) return null;
  const verbStart = prefix ? prefix[0].length : (infinitive?.index ?? 0) + (infinitive?.[0].length ?? 0);
  const first = /^[a-z-]+/i.exec(folded.slice(verbStart))?.[0];
  if (!first || !isActionVerb(first)) return null;
  const cutsFor = (form: ReturnType<typeof verbForm>, from: number): number[] => {
    const cuts: number[] = [];
    NEXT_VERB.lastIndex = from;
    for (let m = NEXT_VERB.exec(folded); m; m = NEXT_VERB.exec(folded)) {
      const verb = m[1] ?? '';
      if (verbForm(verb) === form && isActionVerb(verb)) cuts.push(m.index);
    }
    return cuts;
  };
  let cuts = cutsFor(verbForm(first), verbStart + first.length);
  if (cuts.length === 0) {
    LISTED_AFTER.lastIndex = verbStart + first.length;
    const listed = LISTED_AFTER.exec(folded);
    if (listed?.[1] && verbForm(listed[1]) === 'base' && isActionVerb(listed[1])) cuts = cutsFor('base', listed.index + listed[0].length);
  }
  if (cuts.length === 0) return null;
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(sentence.slice(from, cut));
    from = cut;
  }
  parts.push(sentence.slice(from));
  return parts.map((p) => clean(p.replace(/^\s*,?\s*(?:and\s+)?/i, ''))).filter((p) => p.length > 0);
}

export function splitActions(sentence: string): ActionPart[] {
  const parts = splitAsWellAs(sentence) ?? splitClauses(sentence) ?? splitCoordinatedVerbs(sentence);
  if (parts && parts.length > 0) return parts.map((text) => ({ text }));
  const elaboration = ELABORATION.exec(fold(sentence));
  if (elaboration) return [{ text: clean(`Add ${sentence.slice(elaboration[0].length)}`) }];
  return [{ text: clean(sentence) }];
}
