/**
 * What each heading announces, and which section every block sits in. The role decides where
 * remediation items may come from: `remediation` sections hold them, `negative` sections
 * (timeline, causes, what went well/wrong, response...) never do, `lessons` hold some.
 */
import type { ItemKind, Section, SectionKind } from '../model';
import { blockText, type Block, type PostmortemDocument } from './document';

export type SectionRole = 'remediation' | 'lessons' | 'negative' | 'neutral' | 'update';

export interface HeadingClass {
  kind: SectionKind;
  role: SectionRole;
  /** The heading says its items are already done (`Immediate Actions (Completed)`). */
  done: boolean;
}

const HEADING_RULES: { pattern: RegExp; kind: SectionKind; role: SectionRole }[] = [
  { pattern: /^\W*(?:resolved|update|monitoring|identified|investigating|scheduled|in progress|verifying)\W*$/, kind: 'other', role: 'update' },
  { pattern: /\bwhat went (?:well|right|wrong|poorly|badly)|went (?:well|poorly|badly|wrong)|(?:didn't|did not) go (?:so |very |too )?well|where we got lucky|\blucky\b/, kind: 'lessons', role: 'negative' },
  { pattern: /best practices?|guidelines|principles|\btips\b|patterns\b|how to avoid/, kind: 'lessons', role: 'negative' },
  { pattern: /contributing factors?|contributing causes?/, kind: 'contributing-factors', role: 'negative' },
  // Fixes made on the spot restored service: the response, not remediation.
  { pattern: /\bimmediate (?:fix(?:es)?|response|mitigations?)\b|\b(?:stop-?gap|emergency) (?:fix(?:es)?|measures)\b/, kind: 'other', role: 'negative' },
  { pattern: /time ?line|chronolog|sequence of events|timing/, kind: 'timeline', role: 'negative' },
  // Options weighed and turned down ("Considered and rejected", "Alternatives considered"): never the plan.
  { pattern: /\brejected\b|\bconsidered (?:but|and) (?:not|rejected|dropped)|alternatives? (?:considered|we considered)|\bnot (?:pursued|doing)\b|\bout of scope\b|\bwon'?t do\b|\bdiscarded\b|\bdeclined\b/, kind: 'other', role: 'negative' },
  // The procedure that was run ("The pre-agreed maintenance actions:"): part of the story, not follow-up work.
  { pattern: /\bmaintenance (?:actions?|steps|plan|procedures?)|\bpre-?agreed\b|\bplanned (?:actions|steps)\b/, kind: 'timeline', role: 'negative' },
  {
    pattern:
      /remediation|action items?|actionable|\bactions?\b(?! taken during)|next steps|corrective|preventi(?:ve|on)|preventative|follow[- ]?ups?|what we(?:'re| are| will be)? doing|what(?:'s| is) being done|what(?:'s| is) next|going forward|(?:moving|looking) fo?r?ward|(?:path|way|road) (?:forward|ahead)|improvements?|^\W*(?:improving|preventing|hardening|strengthening)\b|^\W*(?:quicker|faster|better|earlier|safer|improved|stronger|more (?:reliable|robust|resilient))\s+(?:detection|debugging|diagnosis|resolution|recovery|response|alerting|monitoring|rollbacks?|deploys?|deployments?|releases?|testing|visibility|communication|escalation|failover)\b|less likely|less impactful|future work|\b(?:counter)?measures\b|repair items|how (?:we|we'll|we will|we plan to|we're going to|we are going to) (?:prevent|improve|do better|fix|address)|how (?:do|can|will|should) we (?:stop|prevent|avoid|keep)|\bdo(?:ing)? better\b|to prevent|\bto-?dos?\b|changes we(?:'re| are)? making|our commitments?|looking ahead|recommendations|avoid(?:ing)? (?:this|a repeat|recurrence)|\bwork items\b|\bfixes\b|what we(?:'re| are| will be)? chang|what(?:'s| is) changing|safeguards|hardening|\bsafety nets?\b|remedial|proactive|^\W*(?:(?:the|our|future|action|remediation)\s+)?plans?\W*$|future plans|what we(?:'ll| will) do|where we go from here|(?:preventing|prevention of) (?:a )?recurrence|ongoing work|(?:make|making) sure (?:this|it) (?:does not|doesn't|won't|will not|never) happen|changes we(?:'ve| have)? made/,
    kind: 'remediation',
    role: 'remediation',
  },
  { pattern: /root[- ]?causes?|what went wrong and why|how did (?:this|it) happen|why did|five whys|\bcauses?\b|\bfault\b|\btrigger\b|technical details|analysis/, kind: 'root-cause', role: 'negative' },
  { pattern: /\bimpact|affected|blast radius/, kind: 'impact', role: 'negative' },
  { pattern: /lessons?|learnings?|takeaways?/, kind: 'lessons', role: 'lessons' },
  { pattern: /insights?|conclusions?|reflections?|observations?/, kind: 'lessons', role: 'negative' },
  {
    pattern: /detection|how did we respond|resolution|^\W*(?:the\s+)?solution\W*$|recover(?:y|ing)|mitigation|restoration|appendix|apendix|chat log|attendees|responders|participants|\bstats\b|metrics|glossary|leadup|lead-up|background|thanks|acknowledg|faq|supporting information|references|customer actions|how can (?:customers|we make)/,
    kind: 'other',
    role: 'negative',
  },
  { pattern: /summary|overview|what happened|introduction|description|\bincident\b|post-?mortem|details/, kind: 'summary', role: 'neutral' },
];

/** Known section headings; null for a heading that names no known section. */
export function classifyHeading(heading: string): HeadingClass | null {
  const h = heading.toLowerCase().replace(/[’‘]/g, "'");
  for (const rule of HEADING_RULES) {
    if (rule.pattern.test(h)) {
      const done = rule.role === 'remediation' && /\b(?:completed?|done|already|taken)\b/.test(h) && !/\bto be\b/.test(h);
      return { kind: rule.kind, role: rule.role, done };
    }
  }
  return null;
}

export interface BlockContext {
  role: SectionRole;
  /** Items here were already carried out, by the heading's word. */
  doneByHeading: boolean;
  /** Index of the heading block that set the role, or -1. */
  heading: number;
  /** The kind of action a group heading inside remediation names ("### Detection" under "## Action items"), or null. */
  kind: ItemKind | null;
}

/** Group headings of an action list, by the kind of action they hold. */
const KIND_GROUPS: [RegExp, ItemKind][] = [
  [/^\W*(?:(?:quicker|faster|better|earlier|improved)\s+)?(?:detection|detect|monitoring|alerting|observability|monitoring\s+(?:and|&)\s+alerting|debugging|diagnosis)\W*$/i, 'detect'],
  [/^\W*(?:(?:quicker|faster|better|safer|improved)\s+)?(?:mitigations?|mitigate|recovery|resilience|response|resolution)\W*$/i, 'mitigate'],
  [/^\W*(?:prevention|prevent|preventive|preventative)\W*$/i, 'prevent'],
  [/^\W*(?:process(?:es)?|people|communications?|people\s+(?:and|&)\s+process(?:es)?)\W*$/i, 'process'],
  [/^\W*(?:investigations?|investigate|open\s+questions)\W*$/i, 'investigate'],
];

/** "### Completed", "### Immediate (done)" inside an action list: what stands below was already carried out. */
const DONE_GROUP = /^\W*(?:[\w-]+(?:\s+[\w-]+)?\s*\(\s*)?(?:completed?|done|finished|shipped|implemented|resolved|already\s+(?:done|completed|implemented))\s*\)?\W*$/i;

export function groupKind(heading: string): ItemKind | null {
  return KIND_GROUPS.find(([pattern]) => pattern.test(heading))?.[1] ?? null;
}

const POSTMORTEM_STATUS = /^\W*(?:post-?\s?mortem|post-incident\s+review|incident\s+report|rca)\W*$/i;

/** A heading on the way down to a block: its class, and what it says as a group heading of an action list. */
interface OpenHeading {
  level: number;
  index: number;
  cls: HeadingClass | null;
  group: ItemKind | null;
  doneGroup: boolean;
}

function openHeading(doc: PostmortemDocument, index: number, level: number, cls: HeadingClass | null): OpenHeading {
  const block = doc.blocks[index];
  const text = block?.kind === 'heading' ? blockText(doc, block).replace(/^#+\s*/, '') : '';
  return { level, index, cls, group: groupKind(text), doneGroup: DONE_GROUP.test(text) };
}

/**
 * The context the headings above a block give it: the nearest classified heading's role, except that a group heading
 * inside a remediation section ("## Action items" / "### Detection") keeps its items remediation and names their kind.
 */
function contextOf(stack: readonly OpenHeading[]): BlockContext {
  let doneByHeading = false;
  let kind: ItemKind | null = null;
  for (let k = stack.length - 1; k >= 0; k -= 1) {
    const entry = stack[k] as OpenHeading;
    kind ??= entry.group;
    doneByHeading ||= entry.doneGroup;
    if (!entry.cls) continue;
    doneByHeading ||= entry.cls.done;
    // "### Monitoring" or "### Recovery" under "## Action items" names a group of actions, not a status post or the response.
    if ((entry.cls.role === 'negative' || entry.cls.role === 'update') && kind !== null && stack.slice(0, k).some((outer) => outer.cls?.role === 'remediation')) continue;
    const remediation = entry.cls.role === 'remediation';
    return { role: entry.cls.role, doneByHeading: remediation && doneByHeading, heading: entry.index, kind: remediation ? kind : null };
  }
  return { role: 'neutral', doneByHeading: false, heading: -1, kind: null };
}

/** The section role of every block, from the nearest classified heading above it. */
/** Whether the section under the heading at `index` writes any digit: every time and date has one. */
function sectionHasDigits(doc: PostmortemDocument, index: number): boolean {
  const depth = doc.blocks[index]?.depth ?? 0;
  for (let k = index + 1; k < doc.blocks.length; k += 1) {
    const block = doc.blocks[k] as Block;
    if (block.kind === 'heading' && block.depth <= depth) return false;
    if (/\d/.test(blockText(doc, block))) return true;
  }
  return false;
}

export function blockContexts(doc: PostmortemDocument): BlockContext[] {
  const stack: OpenHeading[] = [];
  const contexts: BlockContext[] = [];
  // The context changes only where a heading or a status post opens: blocks in between share it.
  let current: BlockContext | null = null;
  doc.blocks.forEach((block, index) => {
    if (block.marker === 'posted' || block.marker === 'status') {
      stack.length = 0;
      current = null;
    }
    if (block.kind === 'heading' && block.marker !== 'status') {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= block.depth) stack.pop();
      const cls = block.depth === 1 ? null : classifyHeading(blockText(doc, block));
      // "Incident Timeline:" over entries without a single time or date tells what went wrong, not when.
      stack.push(openHeading(doc, index, block.depth, cls?.kind === 'timeline' && !sectionHasDigits(doc, index) ? null : cls));
      current = null;
    }
    if (block.marker === 'status') {
      // A "Postmortem" update is the report itself: its sections and lists are read as in any postmortem.
      const role: SectionRole = POSTMORTEM_STATUS.test(blockText(doc, block)) ? 'neutral' : 'update';
      contexts.push({ role, doneByHeading: false, heading: index, kind: null });
      stack.push(openHeading(doc, index, 1, { kind: 'other', role, done: false }));
      return;
    }
    current ??= contextOf(stack);
    contexts.push(current);
  });
  return contexts;
}

/** The sections found, each from its heading to the next heading of the same or higher level. */
export function findSections(doc: PostmortemDocument): Section[] {
  const sections: Section[] = [];
  const headings = doc.blocks.filter((b): b is Block => b.kind === 'heading' && b.depth > 1 && b.marker === null);
  headings.forEach((heading, i) => {
    const text = blockText(doc, heading).replace(/^#+\s*|[*_]+|:\s*$/g, '').trim();
    const cls = classifyHeading(text);
    if (!cls) return;
    let end = doc.text.length;
    for (let k = i + 1; k < headings.length; k += 1) {
      const next = headings[k] as Block;
      if (next.depth <= heading.depth) {
        end = next.start;
        break;
      }
    }
    sections.push({ kind: cls.kind, heading: text, span: { start: heading.start, end } });
  });
  return sections;
}
