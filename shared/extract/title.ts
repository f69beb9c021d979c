/**
 * A short imperative title that fits a tracker row, and the detail that keeps the rest.
 * "We'll be moving other services off the message bus" -> "Move other services off the message bus".
 */
import { collapseWhitespace } from '../postmortem/whitespace';
import { ANNOUNCED_ENTRY, DUE_BY, NEW_SAFEGUARD_WORKS, REMEDY_IN_HAND, SAFEGUARDS_FOUND, WORK_AHEAD, baseVerb, boldLeadSentence, fold, isActionVerb, verbForm } from './language';

const MAX_TITLE = 100;
/** "(@ana, due May 1)", "— owner: Ana, due 2024-05-01": who and when belong in the tracker's own fields. */
const WHO_AND_WHEN = /\s*\((?:[^()]*@[\w.-]+|[^()]*\b(?:owners?|due|eta|assignee)\b)[^()]*\)\s*$|\s+[—–-]\s+(?:owners?|assignee|due|eta)\b[^—–]*$/i;

/** ", which is in progress", ", which is already underway": how far along it is, which the status field says. */
const PROGRESS_NOTE = /,\s+which\s+(?:is|are)\s+(?:already\s+|now\s+|currently\s+|well\s+)?(?:in\s+progress|underway|ongoing|under\s+way)\.?\s*$/i;

/** Markup and bookkeeping that are not part of the action's words. */
export function cleanActionText(text: string): string {
  let t = collapseWhitespace(text);
  // Each markup pattern needs its opening character: most wordings have none, and are not scanned for it.
  if (t.includes('<')) t = t.replace(/<\/?[a-z][^<>]*>/gi, '');
  // Links keep their text; footnote marks ("[^2]", "[4]") go.
  if (t.includes('[')) t = t.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[\^[^\]]*\]|\s*\[\d{1,3}\](?!\()/g, '');
  if (t.includes('*') || t.includes('_') || t.includes('`')) t = t.replace(/\*\*|__|`/g, '');
  t = t
    .replace(/^\s*(?:✅|✔️?|☑️?|✓)\s*/u, '')
    .replace(/^\s*\[[ xX]\]\s*/, '')
    .replace(/^\s*(?:HIGH|MEDIUM|LOW|P[0-3]|CRITICAL)\b\s*[:-]?\s*/, '')
    .replace(/^\s*\[?#\d+\]?\s*:\s*/, '')
    .replace(/^\s*\[?[A-Z][A-Z0-9]+-\d+\]?\s*[:-]?\s*/, '')
    .replace(/^\s*\[?(?:TODO|TO DO|DONE|WIP|FIXED|OPEN|CLOSED|COMPLETED?)\]?\s*[:-]\s*/i, '')
    .replace(/^\s*\[action item\]\s*/i, '');
  if (t.includes(')')) {
    t = t
      .replace(/\s*\((?:completed?|done[^)]*|estimated completion[^)]*|eta[^)]*|[^()]{0,40}\b(?:complete|completed|done|finished|shipped|deployed|implemented))\)\.?\s*$/i, '')
      .replace(/\s*\(done during this incident\)\s*$/i, '');
  }
  return t.replace(WHO_AND_WHEN, '').replace(PROGRESS_NOTE, '').trim();
}

function withoutLinks(text: string): string {
  let t = text;
  if (t.includes('://')) t = t.replace(/\s*\((?:see\s+)?<?https?:\/\/[^)\s]*>?\)/gi, '').replace(/\s*[-—–]?\s*<?https?:\/\/\S+>?/gi, '');
  if (t.includes('#')) t = t.replace(/\s*\(\[?#\d+\]?\)/g, '');
  // A trailing ticket key ("ABC-123") has a dash before a digit.
  if (t.includes('-')) t = t.replace(/\s*[([]?\b[A-Z][A-Z0-9]+-\d+\b[)\]]?\s*$/, '');
  return t.trim();
}

const COMMITMENT_PREFIX = /^(?:[^,]{0,120},\s+){0,2}(?:(?:this|that|which)\s+is\s+why\s+|(?:in\s+the\s+(?:longer|long|short|near|medium)[- ]term|in\s+the\s+future|going\s+forward|moving\s+forward)\s+)?(?:(?:after|following|since|once|given|as\s+a\s+result\s+of)\b[^,]{0,60}?\s+)?(?:we|i|our(?:\s+[\w/&.,-]+){0,8}?\s+(?:teams?|engineers)|(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:teams?|engineers))(?:\s+|(?='))(?:also\s+|really\s+|still\s+)?(?:(?:will\s+)?continue\s+to|will|'ll|shall|should|must|need\s+to|(?:are|'re)\s+(?:also\s+)?going\s+to|plan\s+(?:to|on)|intend\s+to|want\s+to|decided\s+to|are|'re|am|is)\s+(?:also\s+|now\s+|actively\s+|gradually\s+|currently\s+|therefore\s+)*(?:be\s+)?(?:(?:looking|aiming|planning|preparing)\s+(?:to|on)\s+)?(?:(?:personally|closely|actively|manually|carefully)\s+)?/i;

/** "We have since added ...", "Our team fixed ..." -> the action in the imperative. */
const DONE_PREFIX = /^(?:[^,]{0,80},\s+){0,2}(?:(?:after|following|since|once|given|as\s+a\s+result\s+of)\b[^,]{0,60}?\s+)?(?:we|i|our(?:\s+[\w/&.,-]+){0,8}?\s+(?:teams?|engineers)|(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:teams?|engineers))(?:\s+|(?='))(?:have\s+|has\s+|'ve\s+)?(?:since\s+|now\s+|already\s+|also\s+|immediately\s+|quickly\s+|recently\s+|simply\s+|then\s+|further\s+)*(?=[a-z]+ed\b|(?:re)?built\b|made\b|set\s+up\b|put\b|(?:re)?wrote\b|began\b|took\b|split\b|cut\b|ran\b|sent\b|kept\b)/i;
const PURPOSE_LEAD = /^to\s+(?:prevent|avoid|reduce|mitigate|ensure|address)\b[^,]{0,60}?\s+(?=(?:we|our)\b)/i;
const IRREGULAR: Record<string, string> = { built: 'build', rebuilt: 'rebuild', made: 'make', put: 'put', wrote: 'write', rewrote: 'rewrite', began: 'begin', took: 'take', set: 'set', split: 'split', cut: 'cut', ran: 'run', sent: 'send', kept: 'keep' };
/** "adding X and improving Y", "fixed X and wrote Y": a second verb in the -ing, -ed or irregular past form. */
const SECOND_VERB = new RegExp(`^([\\p{L}-]+)\\b(.*?\\s+and\\s+)([\\p{L}-]+(?:ing|ed)|${Object.keys(IRREGULAR).join('|')})\\b`, 'u');
/** The words INQUIRY_OWED needs: found far faster than the pattern fails. */
const INQUIRY_WORD = /requir|need|warrant|merit/i;
const INQUIRY_OWED = /\b((?:an?|the)\s+[^,.;:]{3,80}?)\s+(?:that|which)\s+(?:requires?|needs?|warrants?|merits?)\s+(?:further|more|additional|deeper)\s+(?:investigation|analysis|study|review)((?:\s+to\s+(?:prevent|avoid)\s+[^,.;]{3,40})?)/i;
const LEADING_CONJUNCTION = /^\s*(?:so|and|but|then|thus|hence)\s+(?=(?:we|i)\b)/i;
const BARE_SUBJECT = /^(?:we|i)\s+(?:(?:always|also|now|then|still|further)\s+)*(?:(?:need|have)\s+to\s+)?([a-z]+)\b/i;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shorten(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  const f = fold(text);
  const firstSentence = /^(.{20,}?[.!?])\s+\p{Lu}/u.exec(text);
  if (firstSentence?.[1] && firstSentence[1].length <= MAX_TITLE) return firstSentence[1].replace(/[.]$/, '');
  const breaks = [/,?\s+in\s+order\s+to\s/i, /,?\s+so\s+that\s/i, /,\s+(?:which|ensuring|aiming|to)\s/i, /\s+[-—–]\s+/, /:\s/, /;\s/, /\s+to\s+(?:ensure|avoid|prevent|reduce|detect|allow|make|help)\s/i, /\s+(?:that|which)\s+(?:will\s+|would\s+)?(?:allow|let|enable|help|make|give)s?\s/i, /,\s/];
  for (const pattern of breaks) {
    const m = pattern.exec(f);
    if (m && m.index >= 20 && m.index <= MAX_TITLE) return text.slice(0, m.index);
  }
  const cut = text.lastIndexOf(' ', MAX_TITLE - 1);
  return `${text.slice(0, cut > 40 ? cut : MAX_TITLE - 1)}…`;
}

export interface TitledItem {
  title: string;
  detail?: string;
}

/** "continue to audit", "work on adding", "invest in improving": the action is the verb after. */
const EFFORT = /^(?:continu\w*\s+to|make\s+(?:a\s+)?plans?\s+to|start\w*(?=\s+[a-z]+ing\b)|work\w*\s+(?:on|to|towards)|invest\w*\s+in|focus\w*\s+on|begin\s+to|start\w*\s+(?:to|on)|aim\w*\s+to|striv\w*\s+to)\s+(?=[a-z])/i;
/** "Additional safeguards are underway, including a circuit breaker ..." names the action after "including". */
const UNDERWAY_INCLUDING = /^[^,]{0,60}\b(?:underway|planned|in\s+progress|coming)\b,?\s+(?:including|such\s+as)\s+(?=\S)/i;
/** The words UNDERWAY_INCLUDING needs: two literals are found far faster than the pattern fails. */
const INCLUDING = /including|such/i;
/** "Our monitoring's sensitivity will be updated to ..." -> "Update our monitoring's sensitivity to ...". */
const PASSIVE = /^(.{3,80}?)\s+(?:(?:will|shall|should|must|needs?\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:also\s+)?be|(?:is|are)\s+now|(?:has|have)\s+(?:now\s+|already\s+|also\s+|since\s+)?been(?:\s+also)?|(?:was|were)(?:\s+also)?)\s+([a-z]+ed|made|built|rewritten|set\s?up)\b/i;
const PARTICIPLES: Record<string, string> = { made: 'make', built: 'build', rewritten: 'rewrite', 'set up': 'set up', setup: 'set up' };

function lowerFirst(text: string): string {
  return /^(?:[A-Z][a-z]|A\s)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * "If steps 1 and 2 do not help, the event loop will be analyzed": the action follows the condition, which stays in the
 * detail; so it does after the ordinal of a numbered paragraph ("Second, we're adding ...").
 */
const LEADING_CONDITION = /^(?:(?:if|when|once|should|in\s+case|unless|since|to\s+(?:address|handle|solve|tackle|counter|deal\s+with))\b[^,]{3,120}|first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next|lastly|finally),\s+(?=\S)/i;

/** "Alex added the wiki to the monitored sites": a person who did it, named as the subject. */
const PERSON_DID = /^[A-Z][a-z]+\s+([a-z]+ed)\b/;

/** "we need a X", "(we learnt) that we need more X": what is missing, to be added. */
const NEEDED_THING = /^(?:[^,.]{0,60}?\bthat\s+)?(?:we|i)\s+(?:also\s+|really\s+)?need\s+(?=(?:an?|more|better|some)\s+[a-z])/i;

const ANNOUNCED_VERB: Record<string, string> = { fix: 'Fix', change: 'Change', improvement: 'Improve' };

/** "learned that we must be able to", "learnt that we need to": a lesson that states a duty. */
const LESSON_THAT = /^(?:learn(?:ed|t)?\s+)?(?:(?:also\s+)?from\s+this\s+)?that\s+(?:we|i)\s+(?:must|need\s+to|should|have\s+to)\s+(?:(?:always|also)\s+)?(?:be\s+able\s+to\s+)?(?=[a-z])/i;

/** "Mitigating this by switching to X", "prevent this sort of outage by making Y": an aim named only by a pronoun, then the method. */
const BY_METHOD = /^(?:prevent|avoid|mitigat|address|fix|solv|tackl|handl|reduc|remediat|counter)[a-z]*\s+(?:this|that|these|those|it|them|such)\b[^.;:,]{0,60}?\s+by\s+(?=[a-z]+ing\b)/i;

/** The action in the imperative: the subject and its auxiliaries set aside, the verb in its base form. */
function imperative(sentence: string): string {
  // "By FEB 9 - Conducting a review": the due date is the tracker's, not the action's; "So I will ..." starts at I.
  const due = DUE_BY.exec(sentence) ?? LEADING_CONJUNCTION.exec(sentence);
  const undated = due ? sentence.slice(due[0].length) : sentence;
  const condition = LEADING_CONDITION.exec(fold(undated));
  const plain = condition ? undated.slice(condition[0].length) : undated;
  // "We also learnt from this that we need a staging environment" -> "Add a staging environment".
  const needed = NEEDED_THING.exec(fold(plain));
  if (needed) return `Add ${plain.slice(needed[0].length)}`;
  // "The first fix deals with the cache setup" -> "Fix the cache setup"; "The second change is to add X" -> "Add X".
  const entry = ANNOUNCED_ENTRY.exec(fold(plain));
  if (entry) {
    const rest = plain.slice(entry[0].length);
    return /\bto\s+$/i.test(entry[0]) ? rest : `${ANNOUNCED_VERB[(entry[1] as string).toLowerCase()] ?? 'Address'} ${rest}`;
  }
  // "The team identified several tests that can catch this" -> "Add the tests identified that can catch this".
  const found = SAFEGUARDS_FOUND.exec(fold(plain));
  if (found) {
    const things = found[1] as string;
    const after = found.index + found[0].indexOf(things) + things.length;
    return `Add the ${things.replace(/^(?:several|some|a\s+few|a\s+number\s+of|\d+|two|three)\s+/i, '')} identified${plain.slice(after)}`;
  }
  // "We have a mitigation that will ensure X" -> "Put in place a mitigation that will ensure X".
  if (REMEDY_IN_HAND.test(fold(plain))) return `Put in place ${plain.replace(/^\s*(?:we|i)\s+(?:now\s+)?(?:have|'ve\s+got|’ve\s+got)\s+/i, '')}`;
  // "..., revealing an underlying issue that requires further investigation" -> "Investigate an underlying issue".
  const owed = INQUIRY_WORD.test(plain) ? INQUIRY_OWED.exec(plain) : null;
  if (owed) return `Investigate ${owed[1]}${owed[2] ?? ''}`;
  // "Therefore, an additional smoke test loads X" -> "Add a smoke test that loads X".
  const safeguard = NEW_SAFEGUARD_WORKS.exec(fold(plain));
  if (safeguard) {
    const [whole, lead, thing, does] = safeguard as unknown as [string, string, string, string];
    return `Add a ${plain.slice(lead.length, lead.length + thing.length)} that ${plain.slice(whole.length - does.length)}`;
  }
  const underway = INCLUDING.test(plain) ? UNDERWAY_INCLUDING.exec(fold(plain)) : null;
  if (underway) return `Add ${plain.slice(underway[0].length)}`;
  const f = fold(plain);
  const passive = PASSIVE.exec(f);
  // "Decide whether X should be refreshed", "Investigate why X was rewritten": the passive is the question's.
  if (passive?.[1] && passive[2] && !/\b(?:we|i|whether|why|how|what|if)\b/i.test(passive[1])) {
    const verb = PARTICIPLES[passive[2].toLowerCase()] ?? baseVerb(passive[2]);
    return `${verb} ${lowerFirst(plain.slice(0, passive[1].length))}${plain.slice(passive[0].length)}`;
  }
  // "To prevent a recurrence we have added X": the purpose, said without a comma, is not the action.
  const purpose = /^to\s/i.test(f) ? PURPOSE_LEAD.exec(f)?.[0].length ?? 0 : 0;
  const prefix = COMMITMENT_PREFIX.exec(f.slice(purpose)) ?? DONE_PREFIX.exec(f.slice(purpose)) ?? WORK_AHEAD.exec(f.slice(purpose));
  // A clause split from "I have revoked X, and will avoid Y" keeps its auxiliary but not its subject.
  const person = prefix || purpose ? null : PERSON_DID.exec(plain);
  const personLength = person && isActionVerb(baseVerb(person[1] as string)) ? person[0].length - (person[1] as string).length : 0;
  // A clause split from its subject keeps "will (be)": "will be closely monitoring X" -> "closely monitoring X".
  let rest = (prefix ? plain.slice(purpose + prefix[0].length) : plain.slice(personLength)).replace(/^(?:(?:will|shall)\s+(?:also\s+)?(?:be\s+(?=(?:[a-z]+ly\s+)?[a-z]+ing\b))?|are\s+(?:now\s+|also\s+)?(?=[a-z]+ing\b))(?=[a-z])/i, '');
  // "we intend to be much more transparent": "be" stays when no participle follows it ("will be rolled out" loses it).
  if (prefix && /\bbe\s+$/i.test(prefix[0]) && /^(?:(?:much|far|more|less|very|fully|always)\s+)*(?:more|less|fully|clear|transparent|explicit|available|able|ready|careful|mindful|cautious|vigilant|conservative|consistent|aware|proactive|responsive)\b/i.test(rest)) rest = `be ${rest}`;
  // "We monitor X more rigorously", "We always need to switch to Y": a bare subject before the verb.
  const bareSubject = prefix || purpose ? null : BARE_SUBJECT.exec(rest);
  if (bareSubject && isActionVerb(bareSubject[1] as string) && verbForm(bareSubject[1] as string) === 'base') rest = rest.slice(bareSubject[0].length - (bareSubject[1] as string).length);
  const irregular = /^[a-z]+/i.exec(rest)?.[0];
  if (irregular && IRREGULAR[irregular.toLowerCase()]) rest = `${IRREGULAR[irregular.toLowerCase()]}${rest.slice(irregular.length)}`;
  const effort = EFFORT.exec(fold(rest));
  // "working on a new architecture", "on monitoring that catches X" keep their verb: what follows is a thing, not the action.
  if (effort && !/^(?:(?:an?|the|new|our|this|these|that|its|their)\s|[a-z]+ing\s+(?:that|which)\s)/i.test(rest.slice(effort[0].length))) rest = rest.slice(effort[0].length);
  // "(We) learned that we must be able to change X": the lesson names the action.
  const lesson = LESSON_THAT.exec(fold(rest));
  if (lesson) rest = rest.slice(lesson[0].length);
  // "prevent this sort of outage by making X more aggressive": the action is how.
  const method = BY_METHOD.exec(fold(rest));
  if (method) rest = rest.slice(method[0].length);
  // "Manually inspecting all rules" -> "Manually inspect all rules": an adverb before the verb stays.
  const adverb = /^[\p{L}]+ly\s+(?=[\p{L}-]+(?:ing|ed)\b)/u.exec(rest)?.[0] ?? '';
  // "adding and improving X", "Renewed X and verified Y": a second verb in the same form becomes plain as well.
  const verbs = rest.slice(adverb.length);
  const plainVerbs = !verbs.includes(' and ')
    ? verbs
    : verbs.replace(SECOND_VERB, (m, a: string, between: string, b: string) => {
      if (between.split(/\s+/).length > 8) return m;
      // "fixed X and wrote Y": an irregular past after a regular one.
      const irregularPast = IRREGULAR[b.toLowerCase()];
      if (irregularPast && verbForm(a) === 'past') return `${a}${between}${irregularPast}`;
      return verbForm(a) === verbForm(b) && verbForm(a) !== 'base' && isActionVerb(b) ? `${a}${between}${baseVerb(b)}` : m;
    });
  const verb = /^[\p{L}-]+/u.exec(plainVerbs)?.[0];
  return verb === undefined ? `${adverb}${plainVerbs}` : `${adverb}${baseVerb(verb)}${plainVerbs.slice(verb.length)}`;
}

/** What "it" or "them" stands for, from the text just before: a thing "called X", or a name said there more than once. */
function antecedent(before: string): string | null {
  const called = [...before.matchAll(/\b(?:called|named|known\s+as)\s+["“]?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})/g)].pop();
  if (called?.[1]) return called[1];
  const counts = new Map<string, number>();
  for (const m of before.matchAll(/(?<![.!?:]\s|^)\b([A-Z][a-z]*[A-Z][\w-]*|[A-Z]{2,}[\w-]*)\b/g)) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  const named = [...counts.entries()].filter(([, n]) => n >= 2).sort((x, y) => y[1] - x[1]);
  return named.length > 0 && (named.length === 1 || (named[0] as [string, number])[1] > (named[1] as [string, number])[1]) ? (named[0] as [string, number])[0] : null;
}

const PRONOUN_OBJECT = /^(\S+\s+)(?:it|them)\b(?!\s+(?:is|was|will|would|has|had)\b)/i;
/** "Look into fixing that": an action that ends on "that" or "this" points at the problem the text before named. */
const TRAILING_DEMONSTRATIVE = /\s(?:that|this)$/i;
/** The problem a sentence traces the incident to: "The issue stemmed from X", "... was caused by X". */
const TRACED_TO = /\b(?:stemmed|resulted|came)\s+from\s+([^.!?]{3,160})|\bcaused\s+by\s+([^.!?]{3,160})/gi;

/** How far back "that" may point: the sentence or two before the action. */
const PROBLEM_REACH = 400;

function namedProblem(before: string): string | null {
  const last = [...before.slice(-PROBLEM_REACH).matchAll(TRACED_TO)].pop();
  return last ? (last[1] ?? last[2] ?? '').trim() || null : null;
}

/** "X was never migrated to Y. We should do that.": the action is what was never done. */
const NEVER_DONE_THEN_DO = /^(.{3,160}?)\s+(?:was|were|has|have|had)\s+(?:never|not)\s+(?:yet\s+)?(?:been\s+)?([a-z]+ed)\b([^.!?]*)[.!?]\s+(?:we|i)\s+(?:should|must|need\s+to|will|['’]ll|are\s+going\s+to)\s+(?:also\s+)?(?:do|fix|change|address)\s+(?:that|this|it)\s*[.!]?$/i;
/** "It was missing a DSN secret, which we have now restored": the repair, said of what was missing. */
const MISSING_RESTORED = /\b(?:was|were)\s+missing\s+(?:an?\s+|the\s+)?([^,.;]{2,80}?),?\s+which\s+(?:we\s+)?(?:have\s+|['’]ve\s+)?(?:now\s+|since\s+|also\s+)?([a-z]+ed)\b/i;

const NEGATION = /never|not/i;
const MISSING = /missing/i;

/** The action a sentence pair names only by "do that", or a repair told as what was missing; null otherwise. */
function impliedAction(plain: string): string | null {
  // Each pattern needs its word ("never" or "not", "missing"): a literal is found far faster than the pattern fails.
  const never = NEGATION.test(plain) ? NEVER_DONE_THEN_DO.exec(plain) : null;
  if (never?.[1] && never[2]) return `${baseVerb(never[2])} ${lowerFirst(never[1].replace(/^(?:[^.!?]*[.!?]\s+)+/, ''))}${never[3] ?? ''}`;
  const missing = MISSING.test(plain) ? MISSING_RESTORED.exec(plain) : null;
  if (missing?.[1] && missing[2]) return `${baseVerb(missing[2])} the missing ${missing[1]}`;
  return null;
}

/** "Fix that.", "Improve this as we start 2022": a verb, a pronoun and maybe when, but no named thing: no action. */
const PRONOUN_ONLY = /^(?:[a-z]+|work\s+on|look\s+into)\s+(?:that|this|it|them|so|(?:this|the)\s+(?:issue|problem|incident|outage))(?:\s+(?:as|when|once|before|after|by(?!\s+\w+ing\b)|during|soon|next|later|in\s+the\s+(?:future|coming|next))\b.*)?\.?$/i;

/** A template's blank left unfilled: "${first item to help make this not happen again}", "<describe the action>". */
const PLACEHOLDER = /\$\{[^}]*\}|^\s*<[^>]+>\s*$|^\s*\[(?:insert|add|describe|fill|todo)\b[^\]]*\]\s*$|^\s*(?:item|action|task|to-?do)\s*#?\d{1,2}\s*$/i;

export function namesNoAction(title: string): boolean {
  return PRONOUN_ONLY.test(title.trim()) || PLACEHOLDER.test(title);
}

export function titleAndDetail(action: string, lead: string, sentence = '', before = ''): TitledItem {
  const cleaned = cleanActionText(action);
  // "**Improve alerting.** We should know first.": the bold sentence is the action, the rest explains it.
  const boldLead = boldLeadSentence(action);
  const plain = withoutLinks(boldLead ? cleanActionText(boldLead) : cleaned);
  let title: string;
  const implied = impliedAction(plain);
  const label = plain.includes(':') ? /^([^:.;!?]{3,60}):\s+(\S.{8,})$/.exec(plain) : null;
  const labelled = label?.[1] && label[2] && label[1].split(/\s+/).length <= 7 && !/\b(?:we|our|will)\b/i.test(label[1]) ? imperative(label[2]) : null;
  if (implied) {
    title = shorten(capitalise(implied));
  } else if (label?.[1] && labelled !== null) {
    // "Monitoring Sensitivity: Our monitoring system's sensitivity will be updated ..." - the action makes the better title.
    title = isActionVerb(/^[a-z-]+/i.exec(labelled)?.[0] ?? '') ? shorten(capitalise(labelled.replace(/[.!;,]+$/, '').trim())) : label[1].trim();
  } else {
    let rest = imperative(plain).replace(/[.!;,:]+$/, '').trim().replace(/\s+in\s+order\s+to\s+/i, ' to ');
    const pronoun = PRONOUN_OBJECT.exec(rest);
    const named = pronoun ? antecedent(before) : null;
    if (pronoun && named) rest = `${pronoun[1]}${named}${rest.slice(pronoun[0].length)}`;
    const problem = TRAILING_DEMONSTRATIVE.test(rest) ? namedProblem(before) : null;
    if (problem) rest = `${rest.replace(TRAILING_DEMONSTRATIVE, '')} ${withoutLinks(cleanActionText(problem))}`;
    title = shorten(capitalise(rest));
  }
  if (title.length === 0) title = shorten(capitalise(plain));
  const full = [lead.trim(), sentence ? cleanActionText(sentence) : cleaned].filter(Boolean).join(' ');
  const detail = full.replace(/[.]+$/, '') === title ? undefined : full;
  return detail ? { title, detail } : { title };
}
