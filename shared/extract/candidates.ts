/**
 * Where remediation items come from: entries of action tables, list entries under
 * remediation-like headings (and lessons lists phrased as commitments), and commitment
 * sentences in prose anywhere outside timelines, causes and incident-response narrative.
 */
import type { ItemKind, Span } from '../model';
import { blockText, type Block, type PostmortemDocument } from '../postmortem/document';
import { classifyHeading, groupKind, type BlockContext } from '../postmortem/sections';
import { startsWithTime } from '../postmortem/timeline';
import { collapseWhitespace } from '../postmortem/whitespace';
import {
  ANNOUNCED_ENTRY,
  RULES_LEAD,
  ELABORATION,
  GERUND_PLAN,
  announcesChanges,
  commitmentOf,
  confirmedAction,
  decisionOf,
  describesDesign,
  describesStateChange,
  fold,
  hasModal,
  isAside,
  isHypothetical,
  isIntroduction,
  isResponseRow,
  isVague,
  looksForward,
  narratesCause,
  namesPlannedAction,
  opensWithVerb,
  fixesForGood,
  narratesResponse,
  promisesRepair,
  restatesActions,
  readsAsDone,
  recordsChange,
  remediesForGood,
  repairsDefect,
  startsWithImperative,
  statesRule,
  type CommitmentStrength,
} from './language';
import { asAuthor, authorOf, mayNameAuthor, type Author } from './author';
import { sentenceSpans } from './sentences';
import { splitActions, splitIncluded, splitInlineList } from './split';

export type CandidateSource = 'table' | 'list' | 'lessons' | 'prose';

export interface Candidate {
  /** The source text the item quotes. */
  span: Span;
  /** The action's own wording (a part of the quote when one sentence holds several actions). */
  text: string;
  /** A lead-in that gives the action its meaning ("we will add steps to our validation"). */
  lead: string;
  /** The whole sentence when the action is one of several it names; empty otherwise. */
  sentence: string;
  source: CandidateSource;
  /** Entries of one list, table or paragraph share an origin: they are never duplicates of each other. */
  origin: number;
  strength: CommitmentStrength | 'listed';
  /** Explicitly marked done (true), explicitly open (false), or left to the wording (null). */
  done: boolean | null;
  kindHint: ItemKind | null;
  /** The block the item sits in: its themes stand in when the item's own words name none. */
  block: string;
  /** Neighbouring paragraphs, for an item that only says "deploy it". */
  surroundings: string;
  /** What was written just before the item (the previous paragraph and its own paragraph up to it): where "it" points. */
  before: string;
}

/** "(Inspection complete)", "(Rollout finished)": a closing note that says the work is done. */
const DONE_NOTE = /\([^()]{0,40}\b(?:complete|completed|done|finished|shipped|deployed|implemented)\)\.?\s*$/i;
/** A status word inside a longer cell: "n/a **DONE**", "Bug 123 - TODO". */
const DONE_IN_CELL = /(?:^|[\s*_])(?:DONE|COMPLETED?|FIXED|RESOLVED|SHIPPED)(?:[\s*_.]|$)/;
const OPEN_IN_CELL = /(?:^|[\s*_])(?:TODO|OPEN|IN PROGRESS|PLANNED)(?:[\s*_.]|$)/;
const DONE_MARK = /^\s*(?:✅|✔️?|☑️?|✓)|^\s*\[?(?:done|fixed|closed|completed)\]?\s*[:-]|\((?:completed?|done|fixed|implemented)\b[^)]*\)|\*\*\(?\s*done\b|\[\s*done\s*\]|\bstatus:\s*(?:done|completed?)\b/i;
const OPEN_MARK = /\((?:estimated\s+completion|eta|planned|in\s+progress|todo|to\s+do)\b[^)]*\)|\[\s*(?:todo|open)\s*\]/i;
const DONE_CELL = /^\s*(?:✅|✔️?|☑️?)?\s*(?:done|completed?|fixed|resolved|closed|shipped|implemented|yes|merged)\.?\s*$/i;
const OPEN_CELL = /^\s*(?:todo|to\s*do|open|in\s+progress|planned|not\s+started|pending|no)\.?\s*$/i;
const ACTION_HEADER = /action|remediation|follow[- ]?up|to-?do|task|corrective|repair|mitigation item|item/i;
const KIND_CELL: [RegExp, ItemKind][] = [
  [/^\s*prevent(?:ion|ive|ative)?\s*$/i, 'prevent'],
  [/^\s*detect(?:ion)?\s*$/i, 'detect'],
  [/^\s*mitigat(?:e|ion)\s*$/i, 'mitigate'],
  [/^\s*process\s*$/i, 'process'],
  [/^\s*investigat(?:e|ion)\s*$/i, 'investigate'],
];
const COMMITMENT_CUE = /\b(?:will|shall|fix|actions?|corrective|should|need|needs|must|going|plan|intend|aim|commit|committed|want|since|now|underway|longer|changes|steps|ensure|are|have|has|decided|include|includes|similar|future|again|prevent\w*|sure)\b|'(?:ll|re|ve)\b/i;
const ALSO_DONE = /^\s*(?:(?:additionally|also|in\s+addition),?\s+)?(?:we|i|our\s+[\w\s]{0,30}?teams?)\s+(?:have\s+|'ve\s+)?also\s+[a-z]+ed\b|^\s*(?:additionally|in\s+addition),?\s+(?:we|our\s+[\w\s]{0,30}?teams?)\s+(?:have\s+|'ve\s+)?[a-z]+ed\b/i;
const UNDERWAY = /\b(?:is|are)\s+underway\b/i;
/** A paragraph ending in ':' that says the list below holds commitments (not a routine: "the following steps are taken:"). */
const REMEDIATION_LEAD = /follow[- ]?ups?|action items?|remediation|\b(?:areas?|opportunit(?:y|ies))\s+(?:of|for)\s+improvement|to prevent|prevent (?:this|similar|recurrence|a recurrence|future)|recurrence|\bwe(?: will|'ll| are|'re| plan to| intend to| have| are also)?\s*(?:\w+ing\s*)?:\s*$|going forward|next steps|improvements|harden|(?:changes|steps|actions|measures)\b.*\b(?:include|are(?!\s+(?:taken|followed|performed)\b)|taking)\b|committed to|doing about|\b(?:will|shall|plan\s+to|are\s+going\s+to)\s+(?:be\s+)?\w+\s+the\s+following\b|\b(?:happen|occur|recur)\w*\s+again\b/i;
/** A lesson written as a headline over its explanation ("Separate A from B\\" then a line on why): a finding, not a rule to keep. */
/** A lead that says the list below was already carried out ("we have taken several measures to prevent ...:"). */
const DONE_LEAD = /^\W*(?:already\s+)?(?:completed|done|implemented|shipped|finished|in\s+place)\W*$|\b(?:we|i|our\s+[\w\s]{0,30}?teams?)\s+(?:have|'ve)\s+(?:already\s+|since\s+|now\s+)?(?:taken|made|implemented|completed|introduced|deployed|rolled\s+out|applied|carried\s+out|put\s+in\s+place)\b|\b(?:have\s+(?:already\s+|since\s+)?been|were)\s+(?:taken|made|implemented|completed|introduced|deployed|rolled\s+out|applied|put\s+in\s+place)\b|\b(?:we|i)\s+(?:also\s+)?(?:added|created|set\s+up|built|introduced|implemented|deployed|configured|made|wrote|enabled|put\s+in\s+place)\s+(?:the\s+following|these|a\s+few|several|some|two|three|four|five)\b/i;
const HEADLINE = /^[^\n]*[^.!?\n]\s*\\?\n/;
/** "We have:" or "Immediately, we:" before a list: the steps taken to contain the incident, outside any remediation section. */
const CONTAINMENT_LEAD = /^\s*(?:(?:immediately|right\s+away|at\s+once|so\s+far|to\s+date),?\s+we(?:\s+have|'ve)?|we\s+(?:have|'ve))\s*:\s*$/i;
/** "Going forward:", "What this means:": a list that restates the changes as the outcomes they bring. */
const OUTCOME_LEAD = /^\s*(?:going|moving)\s+forward\s*[:,]?\s*$|^\s*what\s+(?:this|that)\s+means\b|^\s*(?:as\s+a\s+result|the\s+result\s+is|from\s+now\s+on)\s*[:,]?\s*$/i;
/** "Partial sends are visible", "X is now tracked", "Resends no longer rely on Y", "The system can safely retry": a state, not a step. */
const STATE_ENTRY = /^[^.:;]{1,80}?\b(?:(?:is|are)\s+(?:now\s+)?(?:\w+ly\s+)?(?:\w+ed|visible|\w+able|\w+ible|in\s+place)\b|no\s+longer\b|can\s+(?:now\s+)?(?:\w+ly\s+)?\w+)/i;
/** "Failed exports are visible": a participle that describes the subject, not a step taken. */
const STATE_FIRST = /^\s*[\w'-]+\s+[\w'-]+\s+(?:is|are)\b/i;
/** "Added admin tools to send to:" over entries that finish its sentence ("only missing recipients"). */
const DETECTION_WORDS = /\b(?:monitor(?:ing|s)?|alert(?:s|ing)?|alarms?|dashboards?|health\s?-?checks?)\b/i;

/** Monitoring, alerts or health checks added, told as done: in an account of the mitigation, remediation, since restoring service never needs new alerts. */
function addsWatching(text: string, toldDone: boolean): boolean {
  return toldDone && DETECTION_WORDS.test(text);
}
/** "We have provisioned X and will be monitoring Y": each clause commits as it says, a clause without its subject by its "will". */
function clauseStrength(clause: string, sentence: Candidate['strength']): Candidate['strength'] {
  const own = commitmentOf(clause);
  if (own !== 'none') return own;
  return /^(?:will|shall|are\s+(?:now\s+|also\s+)?[a-z]+ing)\b/i.test(clause) ? 'firm' : sentence;
}

/** The label an entry opens with ("Immediate fix: ...", "**Hardening:** ..."). */
const ENTRY_LABEL = /^\s*(?:\*\*|__)?([A-Za-z][^:*_\n]{1,40}?)(?:\*\*|__)?:(?:\*\*|__)?\s/;
/** Labels of what was done on the spot ("Immediate fix", "Workaround"). */
const RESPONSE_LABEL = /^\W*(?:(?:immediate|temporary|emergency|stop-?gap)\s+(?:fix(?:es)?|response|mitigations?|workarounds?|actions?)|workaround|hotfix)\W*$/i;
/** "Is this already a tracked metric?", "work is tracked here: <link>": a remark on the action above, not one of its own. */
const NOTE = /\b(?:is|are)\s+(?:being\s+)?tracked\s+(?:here|in|at|on|under)\b|^\s*(?:see|tracked\s+(?:in|at|here)|tracking)\b/i;

function isNote(text: string): boolean {
  return NOTE.test(text) || URL_ONLY.test(text) || (/\?\s*$/.test(text.trim()) && !opensWithVerb(text) && decisionOf(collapseWhitespace(text)) === null);
}

/** A change told in the passive perfect ("The remaining databases have been migrated to S3 files"). */
const PASSIVE_CHANGE = /\b(?:has|have)\s+(?:now\s+|since\s+|also\s+)*been\s+(?!(?:affected|impacted|observed|reported|caused|restored|resolved|notified|contacted)\b)[a-z]+ed\b/i;
/** "This creates a sustainable solution", "This is a long-term fix": the sentence before made a lasting change. */
const LASTING_SOLUTION = /^\s*(?:this|that|these|which)\s+(?:creates?|provides?|is|are|gives?|offers?|makes?)\s+(?:for\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:sustainable|long-?term|permanent|lasting|durable|robust)\s+(?:solution|fix|remedy)\b/i;

/** A nested entry this short that names no action is a part of its parent's action. */
const NAMED_PART_WORDS = 6;
const CONTINUED_BELOW = /\b(?:to|for|of|with|on|by|from|in|into|including|such\s+as|like|between|via)\s*:\s*$/i;
const CODE_REPAIRED = /^\s*(?:(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:team|engineers|developers)|we)\s+(?:then\s+|also\s+)?(?:added|implemented|introduced|wrote)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:conversion|handler|handling|validation|checks?|guards?|tests?|patch)\b/i;
/** "... to better manage recovery", "... to improve this process": work whose purpose is to do better next time. */
const IMPROVING_PURPOSE = /\bto\s+(?:better|improve|prevent|avoid|reduce|strengthen|harden)\b/i;
/** "... to help prevent future recurrence", "... so this never happens again": a promise that looks past the incident. */
const LOOKS_PAST_INCIDENT = /\b(?:future|recurr\w*|again|going\s+forward|longer[- ]term|long[- ]term|permanent\w*)\b/i;
const FUTURE_FRAME = /^\s*(?:in\s+(?:the\s+)?future|going\s+forward|moving\s+forward|from\s+now\s+on)\b/i;
const LESSONS_LEAD = /lesson|takeaway|learn|we need|should/i;
/** A subject that points back at the sentence before: "These farmers ...", "They ...", "This ...". */
const BACK_REFERENCE = /^\s*(?:these|those|they|this|that|it)\b/i;
/** "We may be able to improve detection time by adding monitoring. To this end, we've added alerts ...": a change made for the improvement just named. */
const TO_THAT_END = /^(?:to\s+(?:this|that)\s+end|with\s+this\s+in\s+mind)\b/i;
const IMPROVEMENT_AIM = /\b(?:improv\w*|reduc\w*|shorten\w*|prevent\w*|avoid\w*|speed\s+up)\b/i;
const MITIGATION_HEADING = /\bmitigations?\b|\b(?:re)?solution\b|\bhow\s+(?:it|we)\s+(?:was\s+)?(?:fixed|resolved)\b|\bfix(?:es)?\b/i;
const PARTICULAR = /^\s*(?:in\s+particular|specifically|for\s+(?:example|instance)|e\.g\.|that\s+is|namely)\b/i;
/** A sentence that acts on what the sentence before it found ("We are therefore evaluating ..."). */
const CONSEQUENCE = /^(?:[\w\s]{0,30}?\b(?:therefore|thus|hence|accordingly)\b|(?:as\s+a\s+result|for\s+this\s+reason|to\s+that\s+end|this\s+is\s+why|that\s+is\s+why)\b)/i;
/** The aim an announcement of changes names: a concrete thing to improve, not "things" or "this". */
const NAMED_AIM = /\bto\s+(?:\w+ly\s+)?(?:improve|reduce|speed\s+up|shorten|harden|strengthen|increase|lower)\s+(?!(?:this|it|things|them|reliability)\b)(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){1,}[\w-]+/i;
const ADVICE_HEADING = /\b(?:customers?|you|users?|readers?)\s+(?:can|could|should|may|might)\b|\b(?:can|could|should)\s+(?:customers?|you|users?)\b|\bwhat\s+(?:you|customers|users)\s+(?:can|should)\b|\b(?:recommendations?|advice|guidance)\s+for\s+(?:customers|users|you)\b/i;
/** A closing note in brackets that says what became of the point above it: "(filed …)", "(fixed by adding …)", "(added …)". */
const STATUS_NOTE = /\(\s*(filed|tracked|opened|fixed|added|done|implemented|completed|resolved)\b(?:\s+by\b)?\s*([^()]*)\)\s*$/i;
const NOTE_DONE = /^(?:fixed|added|done|implemented|completed|resolved)$/i;
/** "They need to start acting like it", "Vendors should ...": what others ought to do, not the team. */
const OTHERS_SUBJECT = /^\s*(?:(?:if|when|unless|as\s+long\s+as)\b[^,]{3,120},\s*)?(?:they|he|she|others|(?:these|those|such|other|many|some|most)\s+(?:[\w-]+\s+)?(?:companies|vendors|providers|crawlers|bots|users|customers|people|teams))\b/i;
/** A bold label that opens a sentence, up to its colon ("**What we're doing about it:**"). */
const LEADING_LABEL = /^(?:\*\*|__)([^*_:\n]{3,60}?)(?::(?:\*\*|__)|(?:\*\*|__):)\s+(?=\S)/;
/** "Owner: Ana", "**Status**: Done", "Due date: 2024-05-01": a field of the action entry it is nested under, not an action. */
const FIELD_ENTRY = /^\s*(?:\*\*|__)?(owners?|assignees?|due(?:\s+date)?|eta|status|state|priority|severity|tickets?|jira|issues?|bugs?|links?|tracking|type|kind|teams?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(?=\S)/i;

/** A field of an action entry: its lower-cased name and its value. */
interface Field {
  name: string;
  value: string;
}

/** Done or open, by a "Status: ..." field, or null when there is none. */
function statusOf(fields: readonly Field[]): boolean | null {
  const status = fields.find((f) => f.name === 'status' || f.name === 'state')?.value;
  if (status === undefined) return null;
  if (DONE_CELL.test(status) || DONE_IN_CELL.test(status)) return true;
  return OPEN_CELL.test(status) || OPEN_IN_CELL.test(status) ? false : null;
}

/** The kind a "Type: Prevent" field names, or null. */
function kindOf(fields: readonly Field[]): ItemKind | null {
  const type = fields.find((f) => f.name === 'type' || f.name === 'kind')?.value;
  return type === undefined ? null : (KIND_CELL.find(([pattern]) => pattern.test(type))?.[1] ?? null);
}

/** "We are splitting X": work under way, unless the verb says only that the team is busy, hopeful or asking others. */
const WORK_IN_PROGRESS = /^\s*(?:(?:also|additionally|now|next|in\s+addition),?\s+)?we(?:'re|\s+are)\s+(?:now\s+|also\s+|currently\s+|actively\s+)*(?!(?:working|continuing|monitoring|looking|investigating|seeing|trying|hoping|expecting|asking|going|getting|being|having|doing|waiting|reaching|talking|thinking)\b)[a-z]{3,}ing\b/i;
/** A status word that opens a paragraph, in capitals, maybe in bold, with or without a colon; or an "Action item:" label. */
const STATUS_MARKED = /^(?:\*\*|__)?\[?(?:(TODO|TO DO|DONE|FIXED)\]?(?:\*\*|__)?:?|(?:[Aa]ction(?: (?:[Ii]tems?|[Pp]oints?))?|[Ff]ollow[- ]?[Uu]ps?|AI)\]?(?:\*\*|__)?:)(?:\*\*|__)?\s+(?=\S)/;
// A link of three words at most ("PR #12", "the doc") refers to something; a longer one names it ("[Add backup alerts (#1095)](…)").
const URL_ONLY = /^\s*(?:[-*]\s*)?(?:<?https?:\/\/\S+>?|\[\s*(?:[^\]\s]+(?:\s+[^\]\s]+){0,2})?\s*\]\([^)]*\)|#\d+|\(?see\b.*\))\s*$/i;

function words(text: string): number {
  return text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Two words with a letter or digit each, maybe with bare punctuation between: what `words(text) >= 2` asks, without splitting. */
const TWO_WORDS = /[\p{L}\p{N}]\S*\s+(?:[^\s\p{L}\p{N}]+\s+)*\S*[\p{L}\p{N}]/u;

function isSubstantive(text: string): boolean {
  return TWO_WORDS.test(text) && !URL_ONLY.test(text);
}

function markedDone(text: string): boolean | null {
  if (DONE_MARK.test(text) || (text.includes('(') && DONE_NOTE.test(text))) return true;
  if (OPEN_MARK.test(text)) return false;
  return null;
}

class CandidateFinder {
  readonly found: Candidate[] = [];
  private origin = 0;
  private readonly paragraphs: Block[];
  private readonly paragraphIndex = new Map<Block, number>();
  /** List items that have substantive entries nested under them. */
  private readonly groupingItems = new Set<number>();
  /** Entries nested under an action that only remark on it: open questions, where it is tracked. */
  private readonly notes = new Set<number>();
  /** "Owner: Ana", "Status: Done" entries nested under an action entry, by the action entry's index. */
  private readonly fieldsOf = new Map<number, Field[]>();
  /** The last sentence of the introducing paragraph of each top-level list, by the index of its top-level entry. */
  private readonly leads = new Map<number, string>();
  /** For each block, the first block of the run of list items it ends (itself when the block before is no list item). */
  private readonly runStarts: number[] = [];
  /** Sentences by block: one list entry is read for them more than once. */
  private readonly sentences = new Map<Block, Span[]>();
  private adviceHeading = -1;
  private advises = false;
  private readonly author: Author | null;

  constructor(
    private readonly doc: PostmortemDocument,
    private readonly contexts: BlockContext[],
  ) {
    this.author = authorOf(doc);
    this.paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
    this.paragraphs.forEach((b, i) => this.paragraphIndex.set(b, i));
    for (const b of doc.blocks) {
      if (b.kind !== 'list-item' || b.parent < 0) continue;
      const text = blockText(doc, b);
      const field = FIELD_ENTRY.exec(text);
      if (!field) {
        if (isNote(text)) this.notes.add(doc.blocks.indexOf(b));
        else if (isSubstantive(text)) this.groupingItems.add(b.parent);
        continue;
      }
      const fields = this.fieldsOf.get(b.parent) ?? [];
      fields.push({ name: (field[1] as string).toLowerCase(), value: text.slice(field[0].length).trim() });
      this.fieldsOf.set(b.parent, fields);
    }
    doc.blocks.forEach((_, i) => this.runStarts.push(i > 0 && doc.blocks[i - 1]?.kind === 'list-item' ? (this.runStarts[i - 1] as number) : i));
  }

  /** Outside remediation sections a passive plan counts when it elaborates a commitment, says work is underway, or promises a repair. */
  private keepsPassive(sentence: string, context: BlockContext): boolean {
    return ELABORATION.test(sentence) || UNDERWAY.test(sentence) || (context.role !== 'update' && promisesRepair(sentence));
  }

  /** Whether the section speaks to readers ("How can customers make incidents like this less impactful?"): advice, not the team's work. */
  private advisesReaders(context: BlockContext): boolean {
    // Blocks come section by section: the heading is looked at once, when the section starts.
    if (context.heading !== this.adviceHeading) {
      const heading = this.doc.blocks[context.heading];
      this.adviceHeading = context.heading;
      this.advises = heading !== undefined && ADVICE_HEADING.test(fold(blockText(this.doc, heading)));
    }
    return this.advises;
  }

  run(): Candidate[] {
    const seenTables = new Set<number>();
    const seenLists = new Map<number, number>();
    let announced = false;
    this.doc.blocks.forEach((block, index) => {
      const context = this.contexts[index] as BlockContext;
      if (block.kind === 'heading' && !block.aside && !block.marker) this.readActionHeading(block, index, context);
      if (block.aside || block.kind === 'code' || block.kind === 'heading' || block.marker) {
        if (block.kind === 'heading') announced = false;
        return;
      }
      if (this.advisesReaders(context)) return;
      const first = this.found.length;
      if (block.kind === 'table-row') {
        if (!seenTables.has(block.group)) {
          seenTables.add(block.group);
          this.readTable(block.group, context);
        }
      } else if (block.kind === 'list-item') {
        let origin = seenLists.get(block.group);
        if (origin === undefined) {
          origin = this.origin++;
          seenLists.set(block.group, origin);
        }
        this.readListItem(index, block, context, origin);
      } else {
        announced = this.readParagraph(block, context, announced, index);
      }
      // Under "### Detection" in an action list, an item whose words name no kind takes the heading's.
      if (context.kind) for (let k = first; k < this.found.length; k += 1) (this.found[k] as Candidate).kindHint ??= context.kind;
    });
    return this.found;
  }

  private surroundings(block: Block): string {
    const i = this.paragraphIndex.get(block) ?? 0;
    return this.paragraphs
      .slice(Math.max(0, i - 1), i + 3)
      .map((b) => blockText(this.doc, b))
      .join(' ');
  }

  private previousParagraph(block: Block): string {
    const previous = this.paragraphs[(this.paragraphIndex.get(block) ?? 0) - 1];
    return previous ? blockText(this.doc, previous) : '';
  }

  private readTable(group: number, context: BlockContext): void {
    // A table in an account of what happened, or of options turned down, lists no follow-up work, whatever its columns say.
    if (context.role === 'negative') return;
    const rows = this.doc.blocks.filter((b) => b.kind === 'table-row' && b.group === group);
    const header = rows.find((r) => r.header);
    if (!header?.cells) return;
    const headerTexts = header.cells.map((c) => this.doc.text.slice(c.start, c.end));
    let column = headerTexts.findIndex((h) => /action/i.test(h));
    if (column === -1) column = headerTexts.findIndex((h) => ACTION_HEADER.test(h));
    if (column === -1 && context.role === 'remediation') column = this.wordiestColumn(rows);
    if (column === -1) return;
    const origin = this.origin++;
    for (const row of rows) {
      if (row.header || !row.cells) continue;
      const cell = row.cells[column];
      if (!cell || cell.end <= cell.start) continue;
      const text = this.doc.text.slice(cell.start, cell.end);
      if (!isSubstantive(text) || isVague(text)) continue;
      const others = row.cells.filter((_, i) => i !== column).map((c) => this.doc.text.slice(c.start, c.end));
      let done: boolean | null = markedDone(text);
      if (others.some((o) => DONE_CELL.test(o) || DONE_IN_CELL.test(o))) done = true;
      else if (done === null && others.some((o) => OPEN_CELL.test(o) || OPEN_IN_CELL.test(o))) done = false;
      if (done === true && isResponseRow(text)) continue;
      const kindHint = others.map((o) => KIND_CELL.find(([p]) => p.test(o))?.[1] ?? null).find((k) => k !== null) ?? null;
      this.found.push({
        span: cell,
        text,
        lead: '',
        sentence: '',
        source: 'table',
        origin,
        strength: 'listed',
        done,
        kindHint,
        block: text,
        surroundings: text,
        before: '',
      });
    }
  }

  private leadSentence(paragraph: string): string {
    const sentences = paragraph.split(/(?<=[.!?])\s+/);
    // "We added the following monitors -": a closing dash introduces the list as a colon does.
    return (sentences[sentences.length - 1] ?? '').replace(/\s+[-–—]\s*$/, ':');
  }

  /** In a table under a remediation heading whose header names no action column, the actions are the longest cells. */
  private wordiestColumn(rows: Block[]): number {
    const totals: number[] = [];
    for (const row of rows) {
      if (row.header) continue;
      row.cells?.forEach((c, i) => {
        totals[i] = (totals[i] ?? 0) + (c.end - c.start);
      });
    }
    let best = 0;
    totals.forEach((t, i) => {
      if (t > (totals[best] ?? 0)) best = i;
    });
    return best;
  }

  /** The last sentence of the paragraph just before a list (the top-level list, for nested entries), when it introduces the list. */
  private listLead(index: number): string {
    let top = index;
    while ((this.doc.blocks[top]?.parent ?? -1) >= 0) top = this.doc.blocks[top]?.parent ?? -1;
    const cached = this.leads.get(top);
    if (cached !== undefined) return cached;
    const group = this.doc.blocks[top]?.group;
    const first = this.runStarts[top] ?? top;
    let lead = '';
    if (this.doc.blocks[first]?.group === group) {
      const before = this.doc.blocks[first - 1];
      lead = before?.kind === 'paragraph' ? blockText(this.doc, before) : '';
    }
    const sentence = this.leadSentence(lead);
    this.leads.set(top, sentence);
    return sentence;
  }

  /** A short line ending in a colon ("Going forward:") is read as a heading; it still introduces the list below it. */
  private headingAbove(index: number): string {
    let top = index;
    while ((this.doc.blocks[top]?.parent ?? -1) >= 0) top = this.doc.blocks[top]?.parent ?? -1;
    const before = this.doc.blocks[(this.runStarts[top] ?? top) - 1];
    return before?.kind === 'heading' ? blockText(this.doc, before) : '';
  }

  /** "Added tools to send to:" over "only missing recipients", "all recipients": the entry with the sentence its sub-entries finish. */
  private finishedByEntries(index: number, block: Block): string | null {
    const head = this.firstLine(block);
    if (!CONTINUED_BELOW.test(head)) return null;
    const endings: string[] = [];
    for (let i = index + 1; i < this.doc.blocks.length && (this.doc.blocks[i]?.parent ?? -1) >= index; i += 1) {
      const entry = this.doc.blocks[i] as Block;
      if (entry.parent === index) endings.push(blockText(this.doc, entry).trim());
    }
    return endings.length > 0 ? `${head.replace(/\s*:\s*$/, '')} ${endings.join(', ')}` : null;
  }

  private firstLine(block: Block): string {
    const text = blockText(this.doc, block);
    const newline = text.indexOf('\n');
    return newline < 0 ? text : text.slice(0, newline);
  }

  /** An entry that only finishes its parent's sentence ("to send to:" / "only missing recipients") belongs to the parent. */
  private continuesParent(block: Block, text: string): boolean {
    const parent = block.parent >= 0 ? this.doc.blocks[block.parent] : undefined;
    if (parent === undefined || opensWithVerb(text)) return false;
    if (CONTINUED_BELOW.test(this.firstLine(parent))) return true;
    // "Splitting the network into separate domains:" then "Development", "Production": the parts of the parent's action.
    return words(text) <= NAMED_PART_WORDS && !/[.;]\s*\S/.test(text.trim()) && !namesPlannedAction(text) && opensWithVerb(this.firstLine(parent));
  }

  private readListItem(index: number, block: Block, context: BlockContext, origin: number): void {
    const text = blockText(this.doc, block);
    // Entries of an action list are read as such (split, checked, fielded); a marked entry elsewhere is an action too.
    if (context.role !== 'remediation' && this.readMarked(block, text)) return;
    if (this.notes.has(index)) return;
    const lead = this.listLead(index);
    if (RULES_LEAD.test(fold(lead)) && commitmentOf(lead) !== 'none') return;
    // "Immediate fix: the configuration has been corrected": an entry labelled as the response, not follow-up work.
    const label = ENTRY_LABEL.exec(text);
    if (label && RESPONSE_LABEL.test(label[1] as string)) return;
    if (context.role === 'negative' && !REMEDIATION_LEAD.test(lead)) {
      const toldDone = (block.parent < 0 && opensWithVerb(text) && !/^\s*[a-z]+ing\b/i.test(text)) || commitmentOf(text) === 'done';
      const watches = this.reportsMitigation(context) && addsWatching(text, toldDone);
      if (watches || remediesForGood(text) || (this.reportsMitigation(context) && repairsDefect(text))) {
        this.found.push({ span: { start: block.start, end: block.end }, text, lead: '', sentence: '', source: 'prose', origin, strength: 'done', done: true, kindHint: null, block: text, surroundings: text, before: '' });
        return;
      }
      // "Orchestration: our system is reaching its limits. We are working on a new architecture to better manage recovery."
      if (!IMPROVING_PURPOSE.test(text)) return;
      const span = this.actionSpan(block);
      const action = this.doc.text.slice(span.start, span.end);
      const first = this.firstSentence(span, block);
      const strength = commitmentOf(first);
      if ((strength === 'firm' || strength === 'planned-passive') && IMPROVING_PURPOSE.test(fold(first))) {
        this.found.push({ span, text: action, lead: '', sentence: '', source: 'prose', origin, strength, done: null, kindHint: null, block: text, surroundings: text, before: '' });
      }
      return;
    }
    if (!isSubstantive(text) || startsWithTime(text)) return;
    if (block.parent >= 0 && FIELD_ENTRY.test(text)) return;
    if (this.continuesParent(block, text)) return;
    if (this.groupingItems.has(index) && !CONTINUED_BELOW.test(this.firstLine(block)) && (context.role === 'remediation' || /:\s*$/.test(text))) return;
    if (context.role !== 'remediation' && CONTAINMENT_LEAD.test(lead) && commitmentOf(text) !== 'firm') return;
    if (OUTCOME_LEAD.test(lead || this.headingAbove(index)) && (!opensWithVerb(text) || STATE_FIRST.test(text)) && STATE_ENTRY.test(fold(text))) return;
    const introduced = /:\s*$/.test(lead) && !isVague(lead);
    const fields = this.fieldsOf.get(index) ?? [];
    const explicit = block.checked ?? markedDone(text) ?? statusOf(fields);
    const span = this.actionSpan(block);
    const action = this.doc.text.slice(span.start, span.end);
    // The lead says what the entries are about ("tooling will include two verifications:"): an entry naming no theme borrows it.
    const about = lead ? `${lead} ${text}` : text;
    // Built whole rather than spread from a shared base: entries are many, and a spread is the slow way to build each.
    // A bold label over the list ("**Monitoring & Alerting** (Issue #6)") names the kind of its entries, as a group heading does.
    const kindHint = kindOf(fields) ?? (lead.length < 80 ? groupKind(lead.replace(/[*_]/g, '').replace(/\([^)]*\)/g, '')) : null);
    const entry = (wording: string, source: CandidateSource, strength: Candidate['strength'], done: boolean | null, sentence = ''): Candidate =>
      ({ span, text: wording, lead: '', sentence, source, origin, strength, done, kindHint, block: about, surroundings: text, before: '' });
    // "We had a session to evaluate next steps." then entries that each open with a verb: the list is those steps, colon or not.
    const stepsFollow = introduced || (context.role === 'neutral' && opensWithVerb(text));
    // In a status update only a lead that looks past the fix ("To prevent recurrence, our follow-up actions include:") introduces remediation.
    const remediationList = context.role === 'remediation' || ((context.role !== 'update' || looksForward(lead)) && stepsFollow && REMEDIATION_LEAD.test(lead));
    if (remediationList) {
      if (isVague(action) || (isIntroduction(action) && !CONTINUED_BELOW.test(this.firstLine(block))) || narratesCause(this.firstSentence(span, block)) || narratesResponse(action)) return;
      // Under a lead that reports the work done, an entry is done unless it says it is still under way or to come.
      const done = explicit ?? (context.doneByHeading || (DONE_LEAD.test(fold(lead)) && commitmentOf(action) !== 'firm') ? true : null);
      // One entry may list several actions ("Improving X monitoring and Y safeguards"): each becomes an item quoting the entry.
      const parts = splitActions(action);
      for (const part of parts.length > 1 ? parts : [{ text: this.finishedByEntries(index, block) ?? action }]) {
        this.found.push(entry(part.text, 'list', 'listed', done, parts.length > 1 ? action : ''));
      }
      return;
    }
    const lessonsList = context.role === 'lessons' || (context.role === 'neutral' && introduced && LESSONS_LEAD.test(lead));
    if (lessonsList) {
      // A lesson is a finding ("X must be structured", "Separate A from B"); only one the team commits to is an item.
      const strength = commitmentOf(text);
      const decision = decisionOf(collapseWhitespace(text));
      if (decision) {
        this.found.push(entry(decision, 'lessons', 'need', null));
        return;
      }
      if (isVague(text) || strength === 'planned-passive') return;
      if (strength === 'none' && (HEADLINE.test(text) || !statesRule(this.firstSentence(span, block)))) return;
      this.found.push(entry(text, 'lessons', strength === 'none' ? 'need' : strength, explicit));
      return;
    }
    if (context.role === 'neutral' || context.role === 'update') {
      // An entry that tells a story ("X suffered downtime ... we will Y") is read like a paragraph: only its commitments are items.
      if (this.sentencesOf(block).length > 1) {
        this.readParagraph(block, context, false, index);
        return;
      }
      const strength = commitmentOf(text);
      if (strength === 'none' || strength === 'planned-passive') return;
      this.found.push(entry(text, 'prose', strength, explicit));
    }
  }

  private sentencesOf(block: Block): Span[] {
    let spans = this.sentences.get(block);
    if (!spans) {
      spans = sentenceSpans(this.doc.text, block.start, block.end);
      this.sentences.set(block, spans);
    }
    return spans;
  }

  private firstSentence(span: Span, block: Block): string {
    const whole = span.start === block.start && span.end === block.end;
    const first = (whole ? this.sentencesOf(block) : sentenceSpans(this.doc.text, span.start, span.end))[0] ?? span;
    return this.doc.text.slice(first.start, first.end);
  }

  /**
   * The part of a list entry that states the action: an entry that opens with a finding
   * ("A few services had problems. We will repair ...") starts at its first commitment, and
   * one that closes with words to the reader ("please reach out") ends before them.
   */
  private actionSpan(block: Block): Span {
    const all = this.sentencesOf(block);
    let kept = all.length;
    while (kept > 1 && isAside(this.doc.text.slice((all[kept - 1] as Span).start, (all[kept - 1] as Span).end))) kept -= 1;
    const sentences = all.slice(0, kept);
    const whole = { start: block.start, end: kept < all.length ? (sentences[kept - 1] as Span).end : block.end };
    if (sentences.length < 2) return whole;
    const commits = (sp: Span): boolean => {
      const t = this.doc.text.slice(sp.start, sp.end);
      return commitmentOf(t) !== 'none' || startsWithImperative(t);
    };
    const opening = this.doc.text.slice((sentences[0] as Span).start, (sentences[0] as Span).end);
    // "Updated the test suite to cover X. This ensures ...": an entry that opens with its verb is the action, whatever follows.
    if (commits(sentences[0] as Span) || opensWithVerb(opening) || namesPlannedAction(opening)) return whole;
    const first = sentences.find(commits);
    return first ? { start: first.start, end: whole.end } : whole;
  }

  /** A "Mitigation(s)" section: besides what restored service, it may report the defect patched for good. */
  private reportsMitigation(context: BlockContext): boolean {
    const heading = this.doc.blocks[context.heading];
    return heading?.kind === 'heading' && MITIGATION_HEADING.test(blockText(this.doc, heading));
  }

  /** In a timeline or a resolution story, only a change made for good ("... to warn us of similar failures before they happen") is remediation. */
  private readNarrative(block: Block, text: string, context: BlockContext): void {
    const mitigation = this.reportsMitigation(context);
    if (!COMMITMENT_CUE.test(text) && !mitigation) return;
    const origin = this.origin++;
    let previous = '';
    for (const span of this.sentencesOf(block)) {
      const sentence = this.doc.text.slice(span.start, span.end);
      const aimed = TO_THAT_END.test(fold(sentence)) && IMPROVEMENT_AIM.test(fold(previous)) && commitmentOf(sentence) === 'done';
      previous = sentence;
      // "In the future we intend to ...", "We will X to prevent future recurrence": even in an account of the response, a promise that looks past it commits.
      const folded = fold(sentence);
      const ahead = FUTURE_FRAME.test(folded) ? commitmentOf(sentence) : LOOKS_PAST_INCIDENT.test(folded) && commitmentOf(sentence) === 'firm' ? 'firm' : 'none';
      if (ahead === 'firm' || ahead === 'need') {
        const parts = splitActions(sentence);
        for (const part of parts) {
          this.found.push({ span, text: part.text, lead: '', sentence: parts.length > 1 ? sentence : '', source: 'prose', origin, strength: ahead, done: null, kindHint: null, block: text, surroundings: this.surroundings(block), before: this.previousParagraph(block) });
        }
        continue;
      }
      const watches = mitigation && addsWatching(sentence, commitmentOf(sentence) === 'done');
      // "The team added type conversion and implemented an exception handler": the fix of the code itself stays fixed.
      const codeFixed = mitigation && (CODE_REPAIRED.test(fold(sentence)) || fixesForGood(sentence));
      if (!aimed && !watches && !codeFixed && !remediesForGood(sentence) && !(mitigation && repairsDefect(sentence))) continue;
      const parts = codeFixed ? splitActions(sentence) : [{ text: sentence }];
      for (const part of parts) {
        this.found.push({ span, text: part.text, lead: '', sentence: parts.length > 1 ? sentence : '', source: 'prose', origin, strength: 'done', done: true, kindHint: null, block: text, surroundings: this.surroundings(block), before: this.previousParagraph(block) });
      }
    }
  }

  /**
   * A follow-up paragraph that states a point and closes with a note on what became of it is one
   * item: the note's action when it names one ("fixed by adding X"), else the point itself.
   */
  private readNotedPoint(block: Block, text: string): boolean {
    const note = STATUS_NOTE.exec(text);
    if (!note || note.index === 0) return false;
    const verb = note[1] ?? '';
    const object = (note[2] ?? '').trim();
    const done = NOTE_DONE.test(verb);
    const namesAction = done && isSubstantive(object) && !URL_ONLY.test(object);
    const point = text.slice(0, note.index).trim();
    const action = namesAction ? (/^added$/i.test(verb) ? `${verb} ${object}` : object) : point;
    this.found.push({
      span: { start: block.start, end: block.end },
      text: action,
      lead: '',
      sentence: namesAction ? text : '',
      source: 'list',
      origin: this.origin++,
      strength: 'listed',
      done,
      kindHint: null,
      block: text,
      surroundings: this.surroundings(block),
      before: this.previousParagraph(block),
    });
    return true;
  }

  /** A list right after the block whose entries are only links: references for the sentence before it, not its items. */
  private referencesFollow(index: number): boolean {
    const next = this.doc.blocks[index + 1];
    if (next?.kind !== 'list-item') return false;
    for (let k = index + 1; k < this.doc.blocks.length; k += 1) {
      const entry = this.doc.blocks[k] as Block;
      if (entry.kind !== 'list-item' || entry.group !== next.group) break;
      if (!URL_ONLY.test(blockText(this.doc, entry))) return false;
    }
    return true;
  }

  /** "**What we're doing about it:** We're adding X": a sentence read without the label that opens it, when the label names a remediation section or the topic of one. */
  private afterRemediationLabel(span: Span, context: BlockContext): Span {
    const text = this.doc.text.slice(span.start, span.end);
    const label = LEADING_LABEL.exec(text);
    if (!label) return span;
    // "**Runbook:** We also created ..." under a remediation heading: the label names the topic, the sentence the action.
    const topic = context.role === 'remediation' && !RESPONSE_LABEL.test(label[1] as string);
    // "Corrective actions: (1) add X; (2) ...": the label introduces a list written in the sentence, read with it.
    if ((!topic && classifyHeading(label[1] as string)?.role !== 'remediation') || splitInlineList(text) !== null) return span;
    return { start: span.start + label[0].length, end: span.end };
  }

  /** "### 1. Add an alert on queue depth" inside an action section: the sub-heading is the action, the paragraphs below explain it. */
  private readActionHeading(block: Block, index: number, context: BlockContext): void {
    if (context.role !== 'remediation' || block.depth < 2) return;
    // A heading over a list or code groups or illustrates what follows ("Enhance canary process" over its entries).
    const next = this.doc.blocks[index + 1];
    if (next && (next.kind === 'list-item' || next.kind === 'table-row' || next.kind === 'code')) return;
    const numbered = /^(?:\d{1,2}[.)]|step\s+\d{1,2}\s*[:.-])\s*/i.exec(blockText(this.doc, block));
    const start = block.start + (numbered?.[0].length ?? 0);
    const text = this.doc.text.slice(start, block.end);
    if (!startsWithImperative(text) || !isSubstantive(text)) return;
    this.pushAction({ start, end: block.end }, context.doneByHeading ? true : markedDone(text), context.kind, '');
  }

  /** An action standing on its own (a marked paragraph, an action heading): its span's words are the whole item. */
  private pushAction(span: Span, done: boolean | null, kindHint: ItemKind | null, before: string): void {
    const text = this.doc.text.slice(span.start, span.end);
    this.found.push({ span, text, lead: '', sentence: '', source: 'list', origin: this.origin++, strength: 'listed', done, kindHint, block: text, surroundings: text, before });
  }

  /**
   * "**TODO**: add a disk alert", "DONE: Alex added X", "**Action item:** add X", "- Action: document Y": a paragraph or
   * list entry marked as an action item, wherever it stands.
   */
  private readMarked(block: Block, text: string): boolean {
    // Anchored at the start, the pattern fails at the first character of almost every paragraph.
    const marker = STATUS_MARKED.exec(text);
    if (!marker) return false;
    const start = block.start + marker[0].length;
    if (!isSubstantive(this.doc.text.slice(start, block.end))) return false;
    this.pushAction({ start, end: block.end }, marker[1] === 'DONE' || marker[1] === 'FIXED', null, this.previousParagraph(block));
    return true;
  }

  /** Returns whether the paragraph announced changes that the next paragraph describes. */
  private readParagraph(block: Block, context: BlockContext, announcedBefore: boolean, index: number): boolean {
    const text = blockText(this.doc, block);
    if (this.readMarked(block, text)) return false;
    if (context.role === 'negative') {
      this.readNarrative(block, text, context);
      return false;
    }
    if (context.role === 'remediation' && this.readNotedPoint(block, text)) return false;
    // Outside remediation sections a commitment always carries one of these words; skip the rest cheaply.
    if (context.role !== 'remediation' && !announcedBefore && !COMMITMENT_CUE.test(text)) return false;
    const sentences = this.sentencesOf(block);
    const origin = this.origin++;
    // Only a status update needs to look past the fix.
    const forward = context.role === 'update' && looksForward(text);
    let lookingPast = false;
    let announced = announcedBefore;
    let pendingLead = '';
    let previous: Candidate['strength'] = 'none';
    let around: string | undefined;
    const namesAuthor = mayNameAuthor(text, this.author);
    for (let i = 0; i < sentences.length; i += 1) {
      const span = this.afterRemediationLabel(sentences[i] as Span, context);
      const written = this.doc.text.slice(span.start, span.end);
      // "GitHub will add ..." is read as "We will add ..."; the detail keeps the sentence as written.
      const authored = namesAuthor ? asAuthor(written, this.author) : null;
      const sentence = authored ?? written;
      const next = sentences[i + 1];
      const nextText = next ? this.doc.text.slice(next.start, next.end) : '';
      // In an update, looking past the fix starts at the sentence that does ("To prevent a recurrence, we are ...") and carries on.
      if (forward && !lookingPast && looksForward(sentence)) lookingPast = true;
      // "Corrective actions: (1) add X; (2) automate Y": a list written inside one sentence is one item per entry.
      const inline = sentence.includes(': ') || sentence.includes('1) ') ? splitInlineList(sentence) : null;
      if (inline && (REMEDIATION_LEAD.test(`${inline.lead}:`) || classifyHeading(inline.lead)?.role === 'remediation' || commitmentOf(inline.lead) === 'firm')) {
        const done = DONE_LEAD.test(fold(inline.lead));
        for (const part of inline.parts) {
          this.found.push({ span, text: part, lead: '', sentence: written, source: 'list', origin, strength: done ? 'done' : 'listed', done: done || null, kindHint: null, block: text, surroundings: (around ??= this.surroundings(block)), before: this.previousParagraph(block) });
        }
        continue;
      }
      if (announcesChanges(sentence)) {
        announced = true;
        // "We are making several changes to improve the cold-start time of the fleet" names its aim, and that is an item;
        // "we have made improvements, including removing X and implementing Y" names the changes themselves.
        if (!NAMED_AIM.test(fold(sentence)) && splitIncluded(sentence) === null) continue;
      }
      // Mid-paragraph timeline lines ("At 10:05, engineers decided ...") and unpunctuated page labels are not commitments.
      const introducesReferences = i === sentences.length - 1 && /:\s*$/.test(sentence) && this.referencesFollow(index);
      // "We've established guiding criteria for disabling the system:" is the action; the criteria listed below are its content.
      const setsRules = RULES_LEAD.test(fold(sentence)) && commitmentOf(sentence) !== 'none';
      if (!setsRules && ((isIntroduction(sentence) && !introducesReferences) || startsWithTime(sentence) || (!/[.!?)"”']\s*$/.test(sentence) && words(sentence) < 10))) continue;
      const previousWritten = i > 0 ? this.doc.text.slice((sentences[i - 1] as Span).start, (sentences[i - 1] as Span).end) : '';
      const confirmed = confirmedAction(previousWritten, sentence);
      if (confirmed) {
        const start = (sentences[i - 1] as Span).start;
        this.found.push({ span: { start, end: span.end }, text: confirmed, lead: '', sentence: this.doc.text.slice(start, span.end), source: 'prose', origin, strength: 'done', done: true, kindHint: null, block: text, surroundings: (around ??= this.surroundings(block)), before: this.previousParagraph(block) });
        continue;
      }
      let strength: Candidate['strength'] = commitmentOf(sentence);
      // "X have been migrated to S3. This creates a sustainable solution": a change the next sentence calls lasting.
      if (strength === 'none' && PASSIVE_CHANGE.test(fold(sentence)) && LASTING_SOLUTION.test(fold(nextText))) strength = 'done';
      if (strength === 'none' && context.role === 'remediation') {
        if ((namesPlannedAction(sentence) || readsAsDone(sentence)) && !isVague(sentence)) strength = 'listed';
        else if (recordsChange(sentence) && !isVague(sentence)) strength = 'done';
      }
      if (strength === 'none' && (context.role === 'lessons' || context.role === 'remediation') && (hasModal(sentence) || (context.role === 'remediation' && describesDesign(sentence))) && !isVague(sentence) && !isHypothetical(sentence) && !OTHERS_SUBJECT.test(sentence)) {
        strength = 'need';
      }
      if (strength === 'none' && GERUND_PLAN.test(fold(sentence)) && !isVague(sentence)) strength = 'firm';
      // "We are splitting the export workers by tenant": under a remediation heading, work in progress is the plan.
      if (strength === 'none' && context.role === 'remediation' && WORK_IN_PROGRESS.test(fold(sentence)) && !isVague(sentence)) strength = 'firm';
      // "The JWKS document is now served with a five-minute TTL": under a remediation heading, how things are since the fix.
      if (strength === 'none' && (announced || context.role === 'remediation') && describesStateChange(sentence) && !isVague(sentence)) strength = 'state';
      // "We also reduced ..." right after a change the team made continues that list of changes.
      if (strength === 'none' && previous === 'done' && ALSO_DONE.test(fold(sentence)) && !isVague(sentence)) strength = 'done';
      if (strength === 'planned-passive' && context.role !== 'remediation' && !this.keepsPassive(sentence, context)) strength = 'none';
      // "The first fix deals with X" after "we have two fixes": each is one of them, whatever its tense, and one item.
      const announcedEntry = announced && ANNOUNCED_ENTRY.test(fold(sentence));
      if (announcedEntry) strength = 'firm';
      // "These farmers will be taken from the snapshot ...": a passive plan about what the sentence before named tells how, not what.
      if (strength === 'planned-passive' && i > 0 && BACK_REFERENCE.test(sentence) && !promisesRepair(sentence)) strength = 'none';
      // "In particular, X should not be ...": a closer look at the commitment before it, not one of its own.
      if ((strength === 'need' || strength === 'state') && i > 0 && PARTICULAR.test(sentence)) strength = 'none';
      // A status update narrates the fix; only what looks past it is a commitment.
      // Monitoring fixed or added is never part of restoring service: it counts in an update too.
      if (context.role === 'update' && strength !== 'none' && !lookingPast && !addsWatching(sentence, strength === 'done')) strength = 'none';
      if (strength === 'none') {
        if (pendingLead && ELABORATION.test(sentence)) strength = 'firm';
        else {
          pendingLead = '';
          previous = 'none';
          continue;
        }
      }
      if (this.found.length > 0 && restatesActions(sentence) && !ELABORATION.test(fold(sentence))) continue;
      previous = strength;
      if (next && ELABORATION.test(nextText) && !ELABORATION.test(sentence)) {
        pendingLead = sentence;
        continue;
      }
      const parts = announcedEntry ? [{ text: sentence }] : splitActions(sentence);
      const previousSentence = i > 0 ? this.doc.text.slice((sentences[i - 1] as Span).start, (sentences[i - 1] as Span).end) : '';
      const lead = pendingLead || (CONSEQUENCE.test(fold(sentence)) ? previousSentence : '');
      const before = `${this.previousParagraph(block)} ${this.doc.text.slice(block.start, span.start)}`;
      for (const part of parts) {
        // A clause that states its action on its own is quoted and explained alone.
        const at = part.clause !== undefined && authored === null ? written.indexOf(part.clause) : -1;
        this.found.push({
          span: at >= 0 ? { start: span.start + at, end: span.start + at + (part.clause as string).length } : span,
          text: part.text,
          lead,
          sentence: at >= 0 ? (part.clause as string) : parts.length > 1 || authored !== null ? written : '',
          source: 'prose',
          origin,
          strength: at >= 0 ? clauseStrength(part.clause as string, strength) : strength,
          done: markedDone(sentence) ?? (context.doneByHeading ? true : null),
          kindHint: null,
          block: text,
          surroundings: (around ??= this.surroundings(block)),
          before,
        });
      }
      pendingLead = '';
    }
    return announced && sentences.length > 0 ? !this.found.some((c) => c.origin === origin) : false;
  }
}

export function findCandidates(doc: PostmortemDocument, contexts: BlockContext[]): Candidate[] {
  return new CandidateFinder(doc, contexts).run();
}
