/**
 * One sentence, several actions. "Changes will include X as well as Y prior to Z" gives
 * "X prior to Z" and "Y prior to Z"; "I have revoked the token, and will avoid creating one,
 * moreover ensuring they expire" gives the two commitments and drops the past action.
 */
import { ELABORATION, commitmentOf, fold } from './language';

export interface ActionPart {
  text: string;
}

/** Where a shared tail starts: the condition or scope every part keeps. */
const TAIL = /\s+(?=(?:prior\s+to|before|after|when|across|for\s+all|in\s+(?:all|every|each|production|staging))\b)/i;
const CLAUSE_BREAK = /,\s*(?:and\s+)?(?=(?:will|we\s+will|we'll|moreover|additionally|furthermore|as\s+well\s+as\s+ensuring)\b)/i;

function clean(text: string): string {
  return text.replace(/^[\s,;]+|[\s,;.]+$/g, '');
}

/** "include X as well as Y <tail>" -> ["X <tail>", "Y <tail>"], or null when there is nothing to split. */
function splitAsWellAs(sentence: string): string[] | null {
  const folded = fold(sentence);
  if (!/\bas\s+well\s+as\b/i.test(folded)) return null;
  const elaboration = ELABORATION.exec(folded);
  const objectStart = elaboration ? elaboration[0].length : 0;
  const rest = sentence.slice(objectStart);
  const tailMatch = TAIL.exec(fold(rest));
  const object = tailMatch ? rest.slice(0, tailMatch.index) : rest;
  const tail = tailMatch ? rest.slice(tailMatch.index) : '';
  const parts = object.split(/\s+as\s+well\s+as\s+/i).map(clean).filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  const verb = elaboration ? 'Add ' : '';
  return parts.map((p) => clean(`${verb}${p}${tail}`));
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
    const commits: boolean = /^(?:will|we\s+will|we'll)\b/i.test(f) || commitmentOf(clause) !== 'none' || continues;
    if (commits) kept.push(clause);
    previousCommits = commits;
  }
  return kept.length > 1 || (kept.length === 1 && kept[0] !== clean(sentence)) ? kept : null;
}

export function splitActions(sentence: string): ActionPart[] {
  const parts = splitAsWellAs(sentence) ?? splitClauses(sentence);
  if (parts && parts.length > 0) return parts.map((text) => ({ text }));
  const elaboration = ELABORATION.exec(fold(sentence));
  if (elaboration) return [{ text: clean(`Add ${sentence.slice(elaboration[0].length)}`) }];
  return [{ text: clean(sentence) }];
}
