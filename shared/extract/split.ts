/**
 * One sentence, several actions. "Changes will include X as well as Y prior to Z" gives
 * "X prior to Z" and "Y prior to Z"; "I have revoked the token, and will avoid creating one,
 * moreover ensuring they expire" gives the two commitments and drops the past action.
 */
import { isWhiteSpaceAt } from '../postmortem/whitespace';
import { ELABORATION, GERUND_PLAN, commitmentOf, fold, isActionVerb, opensWithVerb, verbForm } from './language';

export interface ActionPart {
  text: string;
  /** The clause of the sentence that states this action on its own ("...; in the longer term I intend to move away from X"), when the sentence holds several. */
  clause?: string;
}

/** Where a shared tail starts: the condition or scope every part keeps. */
const TAIL = /\s+(?=(?:prior\s+to|before|after|when|across|for\s+all|in\s+(?:all|every|each|production|staging))\b)/i;
const CLAUSE_BREAK = /,\s*(?:and\s+)?(?=(?:will|we\s+will|we'll|we\s+are|we're|we\s+have|we've|moreover|additionally|furthermore|as\s+well\s+as\s+ensuring|in\s+the\s+(?:short|long|longer|near|medium)[- ]term)\b)|\s+and\s+(?=(?:will|we\s+will|we'll)\s+[a-z]+\b|(?:are|we\s+are|we're)\s+(?:now\s+|also\s+)?[a-z]+ing\b)|;\s*(?=[^;]{0,80}?\b(?:we|i)\s+(?:will|'ll|intend|plan|am\s+going|are\s+going)\b)/i;

/** White space, commas and semicolons at either end, and full stops at the end, are not part of a clause. */
function clean(text: string): string {
  // By index rather than by /^[\s,;]+|[\s,;.]+$/g, which tries a match at every space.
  const separator = (i: number): boolean => isWhiteSpaceAt(text, i) || text[i] === ',' || text[i] === ';';
  let start = 0;
  let end = text.length;
  while (start < end && separator(start)) start += 1;
  while (end > start && (separator(end - 1) || text[end - 1] === '.')) end -= 1;
  return text.slice(start, end);
}

const NOUN_ACTIONS = /^.*?\b(?:doing|conducting|performing|undertaking|carrying\s+out)\s+(?=an?\s)/i;

/** "include X as well as Y <tail>" -> ["X <tail>", "Y <tail>"], or null when there is nothing to split. */
function splitAsWellAs(sentence: string): string[] | null {
  const folded = fold(sentence);
  if (!/\bas\s+well\s+as\b/i.test(folded)) return null;
  // "We are doing an internal audit of X as well as a review of Y" names its actions after the verb, as "include" does.
  const included = ELABORATION.exec(folded);
  const elaboration = included ?? NOUN_ACTIONS.exec(folded);
  if (!elaboration) return null;
  const objectStart = elaboration[0].length;
  const rest = sentence.slice(objectStart);
  const tailMatch = TAIL.exec(fold(rest));
  const object = tailMatch ? rest.slice(0, tailMatch.index) : rest;
  const tail = tailMatch ? rest.slice(tailMatch.index) : '';
  const parts = object.split(/\s+as\s+well\s+as\s+/i).map(clean).filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  return parts.map((p) => clean(`${included ? 'Add' : 'Conduct'} ${p}${tail}`));
}

/** What CLAUSE_BREAK needs: a comma or semicolon, or "and" between spaces. */
const MAY_BREAK = /[,;]|\sand\s/i;

/** A clause with no subject of its own that opens a sentence ("As part of our post-incident work", "In the meantime"). */
const OPENING_PHRASE = /^(?!.*\b(?:we|i|they|it)\b)(?:as|in|for|after|following|since|during|with)\b[^,]{0,60}$/i;

/** Splits at ", and will ..." / ", moreover ..." and keeps the clauses that commit. */
function splitClauses(sentence: string): string[] | null {
  if (!MAY_BREAK.test(sentence)) return null;
  const clauses = sentence.split(CLAUSE_BREAK).map(clean).filter((c) => c.length > 0);
  // "As part of our post-incident work, we've reviewed X": an opening phrase belongs to the clause after it.
  if (clauses.length > 2 && OPENING_PHRASE.test(fold(clauses[0] as string))) {
    const second = clauses[1] as string;
    clauses.splice(0, 2, sentence.slice(sentence.indexOf(clauses[0] as string), sentence.indexOf(second) + second.length));
  }
  if (clauses.length < 2) return null;
  const kept: string[] = [];
  let previousCommits = false;
  for (const clause of clauses) {
    const f = fold(clause);
    const continues: boolean = /^(?:moreover|additionally|furthermore|as\s+well\s+as)\b/i.test(f) && previousCommits;
    const strength = commitmentOf(clause);
    const commits: boolean = /^(?:will|we\s+will|we'll|are\s+(?:now\s+|also\s+)?[a-z]+ing)\b/i.test(f) || (strength !== 'none' && strength !== 'planned-passive') || continues;
    if (commits) kept.push(clause);
    previousCommits = commits;
  }
  return kept.length > 1 || (kept.length === 1 && kept[0] !== clean(sentence)) ? kept : null;
}

const SUBJECT_AND_AUX = /^(?:[^,]{0,60},\s+)?(?:we|i|our(?:\s+[\w/&.,-]+){0,5}?\s+(?:teams?|engineers)|the\s+team)(?:\s+|(?='))(?:(?:will|'ll|are|'re|am|have|has|'ve|also|now|actively|currently|therefore|further|be|been|since|already)\s+)*(?=\w)/i;
const NEXT_VERB = /(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:also\s+)?(?:further\s+|then\s+)?(?:to\s+)?([a-z][a-z-]+)\b(?!\s+(?:for|on|of|in|to|with|at|and)\b)/gi;
const INTENT = /^(?:looking|aiming|planning)\s+to\s/i;
/** "safeguards that preserve X, reject Y, and prevent Z": the verbs listed after a relative or infinitive. */
const LISTED_AFTER = /\b(?:that|which|to)\s+([a-z]+)\b/gi;

const ADJECTIVAL = new Set(['required', 'dedicated', 'automated', 'advanced', 'detailed', 'related', 'distributed', 'managed', 'scheduled', 'expected']);

const AFTER_EFFORT = /^(?:work\w*\s+(?:on|to|towards)|continu\w*\s+to|invest\w*\s+in|focus\w*\s+on)\s+([a-z-]+)/i;
/** Where ", and <noun phrase>" closes a list of actions after `from`, or -1; a clause with its own subject is no object. */
function objectAfterList(folded: string, from: number | undefined): number {
  if (from === undefined) return -1;
  const closing = /,\s+and\s+(?=\S)/g;
  closing.lastIndex = from;
  const m = closing.exec(folded);
  if (!m) return -1;
  return /\b(?:we|our|they|it|will|is|are|was|were|has|have)\b/i.test(folded.slice(m.index + m[0].length)) ? -1 : m.index;
}

/** "we are adding X and improving Y" -> "we are adding X", "improving Y" (verbs in the same form). */
function splitCoordinatedVerbs(sentence: string): string[] | null {
  const folded = fold(sentence);
  const prefix = SUBJECT_AND_AUX.exec(folded);
  // "we are looking to increase X and evaluate Y": the actions are the verbs after "looking to".
  const infinitive = prefix && !INTENT.test(folded.slice(prefix[0].length)) ? null : /\b(?:underway|working|continue|plan|intend|looking|aiming|planning)\s+to\s+((?:better\s+|further\s+)?)(?=[a-z])/i.exec(folded);
  if (!prefix && !infinitive) return null;
  const verbStart = infinitive ? infinitive.index + infinitive[0].length : (prefix?.[0].length ?? 0);
  // "Work is underway to better distribute X, ..." -> the first action starts at its adverb; the sentence stays in the detail.
  const actionStart = infinitive ? verbStart - (infinitive[1]?.length ?? 0) : 0;
  const first = /^[a-z-]+/i.exec(folded.slice(verbStart))?.[0];
  if (!first || !isActionVerb(first)) return null;
  const cutsFor = (form: ReturnType<typeof verbForm>, from: number): number[] => {
    const cuts: number[] = [];
    NEXT_VERB.lastIndex = from;
    let previousVerbEnd = from;
    for (let m = NEXT_VERB.exec(folded); m; m = NEXT_VERB.exec(folded)) {
      const verb = m[1] ?? '';
      const after = folded.slice(m.index + m[0].length);
      // "required reviews", "automated tests": a participle before a noun describes it; before a determiner it is a verb.
      const describes = form === 'past' && ADJECTIVAL.has(verb.toLowerCase()) && !/^\s+(?:the|our|a|an|its|their|all|more|this|these)\b/i.test(after);
      // "(working on) fixing and improving our procedures": verbs that share one object are one action.
      const sharesObject = /^(?:(?:on|to)\s+[a-z-]+)?$/i.test(folded.slice(previousVerbEnd, m.index).trim());
      if (verbForm(verb) === form && isActionVerb(verb) && !describes && !sharesObject) cuts.push(m.index);
      previousVerbEnd = m.index + m[0].length;
    }
    return cuts;
  };
  let form = verbForm(first);
  let cuts = cutsFor(form, verbStart + first.length);
  if (cuts.length === 0) {
    LISTED_AFTER.lastIndex = verbStart + first.length;
    const listed = LISTED_AFTER.exec(folded);
    if (listed?.[1] && verbForm(listed[1]) === 'base' && isActionVerb(listed[1])) {
      form = 'base';
      cuts = cutsFor('base', listed.index + listed[0].length);
    }
  }
  // A list of actions closes with "and <verb>" ("replace X with automation, review controls, and safeguards" lists nouns);
  // a verb after that starts a purpose clause (", to reduce ...") that every action keeps.
  const closing = cuts.map((c) => /^\W*and\b/i.test(folded.slice(c, c + 8))).lastIndexOf(true);
  // "adding X, building Y, and end-to-end testing in Z": verbs in -ing or -ed form are plainly verbs, so a closing
  // "and <noun>" is one more object of the first verb. Base forms ("review", "test") may be nouns: no such guess.
  const extra = closing === -1 && form !== 'base' ? objectAfterList(folded, cuts[cuts.length - 1]) : -1;
  if (closing === -1 && extra === -1) return null;
  cuts = extra === -1 ? cuts.slice(0, closing + 1) : [...cuts, extra];
  const parts: string[] = [];
  let from = actionStart;
  for (const cut of cuts) {
    parts.push(sentence.slice(from, cut));
    from = cut;
  }
  parts.push(sentence.slice(from));
  const cleaned = parts.map((p) => clean(p.replace(/^\s*[,;]?\s*(?:and\s+)?(?:also\s+)?(?:to\s+)?/i, ''))).filter((p) => p.length > 0);
  if (extra !== -1 && cleaned.length > 0) {
    // "working on adding X, ..., and Y": Y is added, not worked.
    const verb = AFTER_EFFORT.exec(folded.slice(verbStart))?.[1] ?? first;
    cleaned[cleaned.length - 1] = `${verb} ${cleaned[cleaned.length - 1] as string}`;
  }
  // "investigate and develop X": verbs that share one object are one action.
  return cleaned.some((p) => /^\S+$/.test(p.slice(p === cleaned[0] ? verbStart - actionStart : 0).trim())) ? null : cleaned;
}

/** Where the object of a verb ends: a preposition, a subordinate clause or punctuation that is not a list comma. */
const OBJECT_END = /\s+(?=(?:for|on|in|across|to|so|that|which|with|when|before|after|prior|within|by|at|from|of|into|through|until|where|while|because|as|against|between|under|over|per|via|including|such\s+as|like)\b)|\s*[;:(]|\s+-\s+|\.\s*$/i;
const CONJUNCT_BREAK = /\s*,\s*(?:and\s+)?|\s+and\s+/i;
/** A word that can end a list entry of its own ("detection and automated remediation"), not a modifier ("unit and integration tests"). */
const NOUN_LIKE = /(?:tion|sion|ing|ment|ity|ance|ence|ness|age|ure|ics|ogy|s)$/i;
const GERUND_OR_BASE_START = /^(?:[a-z-]+)/i;
const WATCHING_NOUN = /^(?:(?:more|better|additional|new|extra)\s+)?(?:metrics|alerts?|alerting|dashboards?|monitoring|monitors|logging|logs|graphs|tracing)\b/i;
const INQUIRY = /^(?:review|examin|audit|investigat|evaluat|assess|analy[sz]|explor|stud|inspect|verif|check|confirm)/i;

/**
 * "improving load-balancer capacity monitoring and regional failover safeguards" -> one action per
 * listed object, keeping the verb and the shared tail. Lists of two short words ("monitoring and
 * alerting", "product ID validation and logging") name one thing and stay whole.
 */
function splitObjectList(clause: string): string[] | null {
  const folded = fold(clause);
  const prefix = SUBJECT_AND_AUX.exec(folded);
  const verbStart = prefix ? prefix[0].length : 0;
  const verb = GERUND_OR_BASE_START.exec(folded.slice(verbStart))?.[0];
  // Examining several things is one investigation.
  if (!verb || !isActionVerb(verb) || INQUIRY.test(verb)) return null;
  const objectStart = verbStart + verb.length + 1;
  const rest = folded.slice(objectStart);
  const end = OBJECT_END.exec(rest);
  const objectEnd = objectStart + (end ? end.index : rest.length);
  const object = folded.slice(objectStart, objectEnd);
  // "X or Y" names alternatives: one action, whichever is chosen; "working with AWS and our teams" names partners.
  if (!/,|\band\b/i.test(object) || /\bor\b/i.test(object) || /^(?:how|what|why|whether|where|when|which|who|with|alongside)\b/i.test(object)) return null;
  const conjuncts = object.split(CONJUNCT_BREAK).map((c) => c.trim()).filter((c) => c.length > 0);
  if (conjuncts.length < 2) return null;
  const lengths = conjuncts.map((c) => c.split(/\s+/).length);
  if (lengths.some((n) => n > 5)) return null;
  // "regional health and capacity checks": an entry that does not end in a noun modifies the last one's noun.
  if (conjuncts.slice(0, -1).some((c) => !NOUN_LIKE.test(c))) return null;
  // "more metrics and alerts around memory usage": the ways of watching one thing are one action.
  if (conjuncts.every((c) => WATCHING_NOUN.test(c))) return null;
  // Two short entries ("retry limits and backoff behavior") name one topic.
  if (conjuncts.length === 2 && ((lengths[1] as number) < 2 || (lengths[0] as number) + (lengths[1] as number) < 5)) return null;
  // "the feature and place it in the guide": a second verb, not a second object.
  if (conjuncts.some((c) => /\b(?:it|them)$/i.test(c))) return null;
  if (conjuncts.slice(1).some((c, i) => (lengths[i + 1] as number) > 1 && isActionVerb(c.split(/\s+/)[0] ?? '') && verbForm(c.split(/\s+/)[0] ?? '') === verbForm(verb))) return null;
  const head = clause.slice(0, objectStart);
  const tail = clause.slice(objectEnd);
  // Offsets in the folded text are offsets in the clause: folding keeps every character's place.
  let at = objectStart;
  return conjuncts.map((c) => {
    const from = folded.indexOf(c, at);
    at = from + c.length;
    return clean(`${head}${clause.slice(from, from + c.length)}${tail}`);
  });
}

const ALONG_WITH = /(?:,?\s+(?:along\s+with|as\s+well\s+as|together\s+with)|,\s+(?:but\s+also|in\s+addition\s+to))\s+(?=\S)/i;
const PURPOSE_CLAUSE = /\s(?:to|so\s+that|in\s+order\s+to)\s+(?:help|facilitate|make|ensure|allow|enable|provide|support|improve|reduce|give)\b/i;
const NOUN_PHRASE_START = /^(?:the|a|an|our|its|their|more|additional|further|new|better|any|all|some)$/i;
/** "looking into", "working on": a verb whose object follows a particle. */
const PARTICLE = /^\s+(?:into|at|on)\b/i;

/** "We have added X, along with Y" -> "We have added X", "We have added Y"; "looking into X, but also Y" likewise. */
function splitAlongWith(clause: string): string[] | null {
  const folded = fold(clause);
  const prefix = SUBJECT_AND_AUX.exec(folded);
  const verbStart = prefix ? prefix[0].length : 0;
  const verb = GERUND_OR_BASE_START.exec(folded.slice(verbStart))?.[0];
  const particle = verb ? PARTICLE.exec(folded.slice(verbStart + verb.length)) : null;
  if (!verb || !(isActionVerb(verb) || particle)) return null;
  const objectStart = verbStart + verb.length + (particle ? particle[0].length : 0) + 1;
  const along = ALONG_WITH.exec(folded.slice(objectStart));
  if (!along) return null;
  const at = objectStart + along.index;
  const second = clause.slice(at + along[0].length);
  const nextWord = /^[a-z-]+/i.exec(second)?.[0] ?? '';
  // "X to help on-call during an outage, as well as facilitate the RCA": a second purpose, not a second action.
  if (PURPOSE_CLAUSE.test(folded.slice(objectStart, at)) && verbForm(nextWord) === 'base' && !NOUN_PHRASE_START.test(nextWord)) return null;
  // "auditing X, to ensure Y, in addition to further training with ...": the added work is named on its own.
  if (/^,\s+in\s+addition/i.test(along[0])) return [clause.slice(0, at), second];
  return [clause.slice(0, at), `${clause.slice(0, objectStart)}${second}`];
}

/** "working on further changes to X, including A and B": the changes named after "including", when there are several. */
const CHANGES_INCLUDING = /\b(?:changes|improvements|measures|safeguards|steps)\b[^.;]{0,120}?,\s+including\s+/i;

/** "... further changes to our architecture, including cache configuration changes and additional hardware ..." -> one per change. */
export function splitIncluded(sentence: string): string[] | null {
  // The pattern needs the word itself: a literal is found far faster than the pattern fails.
  if (!/including/i.test(sentence)) return null;
  const m = CHANGES_INCLUDING.exec(fold(sentence));
  if (!m) return null;
  const listed = sentence.slice(m.index + m[0].length);
  if (GERUND_ENTRY.test(listed)) return splitIncludedGerunds(listed);
  const parts = listed.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:additional|more|new|better|further|a|an|the)?\s*[a-z-]+\s+[a-z-]+)/i).map(clean).filter((p) => p.length > 0);
  const clauseStart = /^(?:rather|which|that|so|to|because|when|once|while|but|as|if|unless)\b/i;
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length < 2 || clauseStart.test(p))) return null;
  return parts.map((p) => `Add ${p}`);
}

/** "including completely removing X, implementing Y": changes named as -ing actions, maybe after an adverb. */
const GERUND_ENTRY = /^(?:[a-z]+ly\s+)?[a-z]{2,}ing\s/i;
/** "..., and more generally improving our security across the board": a closing generalisation, not one more change. */
const GENERALISATION = /^(?:more\s+)?(?:generally|broadly|overall|in\s+general)\b/i;

/** "including completely removing org tokens (for traceability), implementing KMS, and more generally ..." -> one per -ing action. */
function splitIncludedGerunds(listed: string): string[] | null {
  const parts = listed
    .replace(/\s*\([^()]*\)/g, '')
    .split(/\s*,\s*(?:and\s+)?(?=(?:more\s+)?(?:[a-z]+ly\s+)?[a-z]{2,}ing\b)/i)
    .map(clean)
    .filter((p) => p.length > 0 && !GENERALISATION.test(p));
  return parts.length > 1 && parts.every((p) => GERUND_ENTRY.test(p)) ? parts : null;
}

/** "The primary fix involves reconfiguring X, alongside creating Y, and setting up Z" -> ["reconfiguring X", "creating Y", "setting up Z"]. */
function splitGerundPlan(sentence: string): string[] | null {
  const m = GERUND_PLAN.exec(fold(sentence));
  if (!m) return null;
  const parts = sentence
    .slice(m[0].length)
    .split(/,?\s+(?:alongside|along\s+with|as\s+well\s+as|together\s+with|plus)\s+(?=[a-z]+ing\b)|,\s+(?:and\s+)?(?=[a-z]+ing\b)|\s+and\s+(?=[a-z]+ing\b)/i)
    .map(clean)
    .filter((p) => p.length > 0);
  return parts.length > 1 && parts.every((p) => /^[a-z]{2,}ing\s+\S/i.test(p)) ? parts : null;
}

/** "(1)", "2)", "a)": the number of an entry written inline. */
const INLINE_NUMBER = /^(?:\(?\d{1,2}\)|\(?[a-h]\))\s*/i;

/**
 * The actions a sentence lists after its colon ("Corrective actions: (1) add X; (2) automate Y",
 * "we are taking the following steps: adding X, automating Y and documenting Z"), with the part before
 * the colon; null unless there are two or more and each opens with a verb.
 */
export function splitInlineList(sentence: string): { lead: string; parts: string[] } | null {
  const colon = sentence.indexOf(': ');
  // "We will achieve that goal by 1) introducing X, and 2) making Y": numbered entries need no colon.
  const numbered = colon < 0 ? FIRST_INLINE_NUMBER.exec(sentence) : null;
  if (colon < 0 && !(numbered && SECOND_INLINE_NUMBER.test(sentence.slice(numbered.index + 3)))) return null;
  const lead = colon >= 0 ? sentence.slice(0, colon) : sentence.slice(0, numbered?.index ?? 0);
  const parts = sentence
    .slice(colon >= 0 ? colon + 2 : lead.length)
    .split(/\s*;\s*(?:and\s+)?|,\s*(?:and\s+)?(?=(?:\(?\d{1,2}\)\s*)?[a-z]+ing\b)|\s+and\s+(?=[a-z]+ing\b)|,?\s+(?:and\s+)?(?=\(?\d{1,2}\)\s)/i)
    .map((part) => clean(part.replace(INLINE_NUMBER, '')))
    .filter((part) => part.length > 0);
  return parts.length > 1 && parts.every(opensWithVerb) ? { lead, parts } : null;
}

const FIRST_INLINE_NUMBER = /\s\(?1\)\s/;
const SECOND_INLINE_NUMBER = /\s\(?2\)\s/;

export function splitActions(sentence: string): ActionPart[] {
  const shared = splitGerundPlan(sentence) ?? splitAsWellAs(sentence) ?? splitIncluded(sentence);
  const independent = shared ? null : splitClauses(sentence);
  const clauses: ActionPart[] = shared
    ? shared.map((text) => ({ text }))
    : (independent ?? [sentence]).flatMap((c) => (splitCoordinatedVerbs(c) ?? splitAlongWith(c) ?? [c]).map((text) => (independent ? { text, clause: c } : { text })));
  const parts = clauses.flatMap((c) => (splitObjectList(c.text) ?? [c.text]).map((text) => ({ ...c, text: clean(text) }))).filter((p) => p.text.length > 0);
  if (parts.length > 1 || (parts.length === 1 && parts[0]?.text !== clean(sentence))) return parts;
  const elaboration = ELABORATION.exec(fold(sentence));
  if (elaboration) {
    // "This includes automatically notifying X" names the action itself; "This includes a canary stage" names what to add.
    const rest = sentence.slice(elaboration[0].length);
    const first = /^\s*(?:[a-z]+ly\s+)?([a-z-]+)/i.exec(rest)?.[1] ?? '';
    return [{ text: clean(verbForm(first) === 'ing' && isActionVerb(first) ? rest : `Add ${rest}`) }];
  }
  return [{ text: clean(sentence) }];
}
