/**
 * Plain text as published on status pages (and any other plain-text report): paragraphs are
 * separated by blank lines, list entries start with a bullet or a number, short lines standing
 * alone are headings, and Statuspage furniture (`Posted ...`, status words, `This incident
 * affected: ...`, `Incident Report for ...`) is marked so metadata can read it.
 */
import { makeBlock, type Block, type PostmortemDocument, type StatusMarker } from '../document';
import { classifyHeading } from '../sections';
import { pastedFromPage } from './pasted';

export const STATUS_WORDS = [
  'postmortem',
  'post-mortem',
  'resolved',
  'update',
  'monitoring',
  'identified',
  'investigating',
  'scheduled',
  'in progress',
  'verifying',
  'completed',
] as const;

// "#." is reStructuredText's auto-numbered entry.
const LIST_LINE = /^([ \t]*)(?:[-*+•·▪◦‣–]|\(?(?:\d{1,3}|#)[.)]|\(?[a-hj-z][.)])[ \t]+(?=\S)/;
/** A line of one repeated punctuation mark (and table column gaps): a reStructuredText or setext rule under or over a title. */
const RULE_LINE = /^\s*([=\-~^"'`*+#:_])\1{2,}(?:\s+\1{3,})*\s*$/;
/** reStructuredText directives and comments (".. contents::", ".. |date| replace:: ..."): markup, not text. */
const DIRECTIVE_LINE = /^\.\.(?:\s|$)/;
const POSTED_LINE = /^\s*Posted\s+\S.*\d/;
const AFFECTED_LINE = /^\s*This incident affected:/i;
const PROVIDER_LINE = /^\s*(?:Incident Report for|Incident report for)\s+\S/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

function trimmedSpan(line: Line, from = 0): [number, number] {
  let s = from;
  let e = line.text.length;
  while (s < e && /\s/.test(line.text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(line.text[e - 1] ?? '')) e -= 1;
  return [line.start + s, line.start + e];
}

function lineMarker(text: string): StatusMarker | null {
  if (POSTED_LINE.test(text)) return 'posted';
  if (AFFECTED_LINE.test(text)) return 'affected';
  if (PROVIDER_LINE.test(text)) return 'provider';
  if ((STATUS_WORDS as readonly string[]).includes(text.trim().toLowerCase())) return 'status';
  return null;
}

/** A short line standing alone that reads like a heading rather than a sentence. */
function looksLikeHeading(text: string, alone: boolean): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 110) return false;
  const words = t.split(/\s+/).length;
  if (/^[a-z]/.test(t)) return false;
  if (/[.,;]$/.test(t)) return false;
  if (/\d{1,2}:\d{2}/.test(t)) return false;
  const known = classifyHeading(t) !== null;
  // "We made three changes:" opens a sentence with its subject; a heading names a part of the report.
  if (!known && /^(?:we|i|our|they|it|this|these)\s/i.test(t)) return false;
  if (t.endsWith('?')) return words <= 16 && (alone || known);
  if (t.endsWith(':')) return words <= 5 && (alone || known);
  if (!alone) return known && words <= 8;
  return words <= 10;
}

/** A line of a pasted page that was a bullet before the bullet was lost: short, and no sentence ends it. */
const LOST_BULLET_WORDS = 25;


function mayBeLostBullet(line: Line | undefined): boolean {
  const t = line?.text.trim() ?? '';
  return t.length > 0 && !/[.!?:;]$/.test(t) && t.split(/\s+/).length <= LOST_BULLET_WORDS && !LIST_LINE.test(t) && lineMarker(t) === null;
}

/** "Root cause", "Next steps": a short line that is a section's name. */
function namesSection(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 6 && classifyHeading(t) !== null;
}

export function readStatuspageText(text: string): PostmortemDocument {
  const lines = splitLines(text);
  const blank = lines.filter((l) => l.text.trim() === '').length;
  const linePerParagraph = pastedFromPage(lines.length - blank, blank);
  const blocks: Block[] = [];
  let group = 0;
  let listGroup = -1;
  let indentStack: number[] = [];
  let firstContent = true;

  const push = (block: Block): void => {
    blocks.push(block);
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.text.trim() === '') {
      i += 1;
      continue;
    }
    if (RULE_LINE.test(line.text) || DIRECTIVE_LINE.test(line.text)) {
      i += 1;
      continue;
    }
    const underlined = lines[i + 1] !== undefined && RULE_LINE.test((lines[i + 1] as Line).text) && !LIST_LINE.test(line.text);
    if (underlined && !firstContent) {
      const [s, e] = trimmedSpan(line);
      // An underlined title is a section of its own, known or not.
      push(makeBlock('heading', s, e, { depth: 2 }));
      listGroup = -1;
      i += 2;
      continue;
    }
    const marker = lineMarker(line.text);
    if (marker) {
      const [s, e] = trimmedSpan(line);
      push(makeBlock(marker === 'status' ? 'heading' : 'paragraph', s, e, { marker, depth: marker === 'status' ? 1 : 0 }));
      listGroup = -1;
      firstContent = false;
      i += 1;
      continue;
    }
    const list = LIST_LINE.exec(line.text);
    if (list) {
      const indent = (list[1] ?? '').replace(/\t/g, '    ').length;
      if (listGroup === -1) {
        listGroup = group++;
        indentStack = [indent];
      }
      while (indentStack.length > 1 && indent < (indentStack[indentStack.length - 1] ?? 0)) indentStack.pop();
      if (indent > (indentStack[indentStack.length - 1] ?? 0)) indentStack.push(indent);
      const depth = indentStack.length - 1;
      // Continuation lines: non-blank, not a new entry, not page furniture.
      let endLine = i;
      while (endLine + 1 < lines.length) {
        const next = lines[endLine + 1] as Line;
        if (next.text.trim() === '' || LIST_LINE.test(next.text) || lineMarker(next.text)) break;
        // Pasted text ends an entry at its line, unless the next line is indented under it.
        if (linePerParagraph && !/^\s{2,}\S/.test(next.text)) break;
        endLine += 1;
      }
      const [s] = trimmedSpan(line, list[0].length);
      const [, e] = trimmedSpan(lines[endLine] as Line);
      let parent = -1;
      for (let k = blocks.length - 1; k >= 0; k -= 1) {
        const b = blocks[k] as Block;
        if (b.kind !== 'list-item' || b.group !== listGroup) break;
        if (b.depth < depth) {
          parent = k;
          break;
        }
      }
      push(makeBlock('list-item', s, e, { depth, group: listGroup, parent }));
      firstContent = false;
      i = endLine + 1;
      continue;
    }
    // A paragraph: consecutive lines up to a blank line, a list entry or page furniture (in pasted text, the line).
    let endLine = i;
    while (!linePerParagraph && endLine + 1 < lines.length) {
      const next = lines[endLine + 1] as Line;
      if (next.text.trim() === '' || LIST_LINE.test(next.text) || lineMarker(next.text)) break;
      endLine += 1;
    }
    const nextLine = lines[endLine + 1];
    const alone = endLine === i && (linePerParagraph || nextLine === undefined || nextLine.text.trim() === '' || LIST_LINE.test(nextLine.text));
    // The first line is the title when it stands alone or reads like one (short, no full stop).
    if (firstContent && (endLine === i || (line.text.trim().split(/\s+/).length <= 12 && !/[.:;,]$/.test(line.text.trim())))) {
      const [s, e] = trimmedSpan(line);
      push(makeBlock('heading', s, e, { depth: 1 }));
      firstContent = false;
      i += 1;
      continue;
    }
    firstContent = false;
    // Pasted text loses its bullets: a run of short lines that no sentence ends, and that name no section, is a list.
    if (linePerParagraph && mayBeLostBullet(line) && !namesSection(line.text) && (mayBeLostBullet(lines[i - 1]) || mayBeLostBullet(lines[i + 1]))) {
      if (listGroup === -1) listGroup = group++;
      const [s, e] = trimmedSpan(line);
      push(makeBlock('list-item', s, e, { depth: 0, group: listGroup, parent: -1 }));
      i += 1;
      continue;
    }
    if (looksLikeHeading(line.text, alone)) {
      const [s, e] = trimmedSpan(line);
      const known = classifyHeading(line.text.trim()) !== null;
      push(makeBlock('heading', s, e, { depth: known ? 2 : 3 }));
      listGroup = -1;
      i += 1;
      continue;
    }
    // A blank line between entries keeps the list going; a paragraph ends it.
    listGroup = -1;
    const [s] = trimmedSpan(line);
    const [, e] = trimmedSpan(lines[endLine] as Line);
    push(makeBlock('paragraph', s, e));
    i = endLine + 1;
  }
  return { format: 'text', text, blocks, fields: {} };
}
