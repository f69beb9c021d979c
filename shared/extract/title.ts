/**
 * A short imperative title that fits a tracker row, and the detail that keeps the rest.
 * "We'll be moving other services off JetStream" -> "Move other services off JetStream".
 */
import { baseVerb, fold } from './language';

const MAX_TITLE = 100;
/** Markup and bookkeeping that are not part of the action's words. */
export function cleanActionText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*(?:✅|✔️?|☑️?|✓)\s*/u, '')
    .replace(/^\s*\[[ xX]\]\s*/, '')
    .replace(/^\s*(?:HIGH|MEDIUM|LOW|P[0-3]|CRITICAL)\b\s*[:-]?\s*/, '')
    .replace(/^\s*\[?#\d+\]?\s*:\s*/, '')
    .replace(/^\s*\[?[A-Z][A-Z0-9]+-\d+\]?\s*[:-]?\s*/, '')
    .replace(/^\s*\[?(?:TODO|TO DO|DONE|WIP|FIXED|OPEN|CLOSED|COMPLETED?)\]?\s*[:-]\s*/i, '')
    .replace(/^\s*\[action item\]\s*/i, '')
    .replace(/\s*\((?:completed?|done[^)]*|estimated completion[^)]*|eta[^)]*)\)\.?\s*$/i, '')
    .replace(/\s*\(done during this incident\)\s*$/i, '')
    .trim();
}

function withoutLinks(text: string): string {
  return text
    .replace(/\s*\((?:see\s+)?<?https?:\/\/[^)\s]*>?\)/gi, '')
    .replace(/\s*[-—–]?\s*<?https?:\/\/\S+>?/gi, '')
    .replace(/\s*\(\[?#\d+\]?\)/g, '')
    .replace(/\s*[(\[]?\b[A-Z][A-Z0-9]+-\d+\b[)\]]?\s*$/, '')
    .trim();
}

const COMMITMENT_PREFIX = /^(?:[^,]{0,80},\s+){0,2}(?:we|i|our(?:\s+[\w/&.,-]+){0,5}?\s+(?:teams?|engineers)|the\s+team)(?:\s+|(?='))(?:also\s+|really\s+)?(?:will|'ll|shall|should|must|need\s+to|are\s+going\s+to|plan\s+to|intend\s+to|want\s+to|decided\s+to|are|'re|am)\s+(?:also\s+|now\s+|actively\s+|gradually\s+|currently\s+|therefore\s+)*(?:be\s+)?/i;

/** "We have since added ...", "Our team fixed ..." -> the action in the imperative. */
const DONE_PREFIX = /^(?:[^,]{0,80},\s+){0,2}(?:we|i|our(?:\s+[\w/&.,-]+){0,5}?\s+(?:teams?|engineers)|the\s+team)(?:\s+|(?='))(?:have\s+|has\s+|'ve\s+)?(?:since\s+|now\s+|already\s+|also\s+)*(?=[a-z]+ed\b|built\b|made\b|set\s+up\b|put\b|wrote\b|began\b|took\b)/i;
const IRREGULAR: Record<string, string> = { built: 'build', made: 'make', put: 'put', wrote: 'write', began: 'begin', took: 'take', set: 'set' };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shorten(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  const f = fold(text);
  const firstSentence = /^(.{20,}?[.!?])\s+\p{Lu}/u.exec(text);
  if (firstSentence?.[1] && firstSentence[1].length <= MAX_TITLE) return firstSentence[1].replace(/[.]$/, '');
  const breaks = [/,?\s+in\s+order\s+to\s/i, /,?\s+so\s+that\s/i, /,\s+(?:which|ensuring|aiming|to)\s/i, /\s+[-—–]\s+/, /:\s/, /;\s/, /\s+to\s+(?:ensure|avoid|prevent|reduce|detect|allow|make|help)\s/i, /,\s/];
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

export function titleAndDetail(action: string, lead: string, sentence = ''): TitledItem {
  const cleaned = cleanActionText(action);
  const plain = withoutLinks(cleaned);
  let title: string;
  const label = /^([^:.;!?]{3,60}):\s+(\S.{8,})$/.exec(plain);
  if (label?.[1] && label[1].split(/\s+/).length <= 7 && !/\b(?:we|our|will)\b/i.test(label[1])) {
    title = label[1].trim();
  } else {
    const f = fold(plain);
    const prefix = COMMITMENT_PREFIX.exec(f) ?? DONE_PREFIX.exec(f);
    let rest = prefix ? plain.slice(prefix[0].length) : plain;
    const irregular = /^[a-z]+/i.exec(rest)?.[0];
    if (prefix && irregular && IRREGULAR[irregular.toLowerCase()]) rest = `${IRREGULAR[irregular.toLowerCase()]}${rest.slice(irregular.length)}`;
    rest = rest.replace(/^([\p{L}-]+)(?:(\s+and\s+)([\p{L}-]+ing)\b)?/u, (_m, a: string, and?: string, b?: string) =>
      and && b ? `${baseVerb(a)}${and}${baseVerb(b)}` : baseVerb(a),
    );
    title = shorten(capitalise(rest.replace(/[.!;,]+$/, '').trim()));
  }
  if (title.length === 0) title = shorten(capitalise(plain));
  const full = [lead.trim(), sentence ? cleanActionText(sentence) : cleaned].filter(Boolean).join(' ');
  const detail = full.replace(/[.]+$/, '') === title ? undefined : full;
  return detail ? { title, detail } : { title };
}
