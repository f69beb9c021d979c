/**
 * CommonMark + GFM block structure, read line by line: ATX and setext headings, paragraphs,
 * nested bullet and ordered lists with task checkboxes, GFM tables, fenced and indented code,
 * block quotes, HTML blocks, footnote and link definitions, YAML/TOML front matter.
 *
 * Only blocks and their offsets matter to the engine (inline markup stays in the text, and
 * titles clean it), so this is a block scanner rather than a full CommonMark parser: it runs
 * at the speed of a line split instead of a character-level tokenizer.
 */
import type { Span } from '../../model';
import { makeBlock, type Block, type PostmortemDocument } from '../document';
import { classifyHeading } from '../sections';
import { isWhiteSpaceAt } from '../whitespace';
import { pastedFromPage } from './pasted';

const STATUS_STAMP = /^\s*Posted\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*,\s*\d{4}\b/;

const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^( *)(`{3,}|~{3,})([^`]*)$/;
/** Bullets as CommonMark writes them, and as text pasted from a rendered page keeps them ("• Added X"). */
const LIST = /^( *)([-+*•◦▪‣]|\d{1,9}[.)])(?:([ \t]+)|$)/;
const TASK = /^\[([ xX])\](?=[ \t])/;
const QUOTE = /^ {0,3}> ?/;
const HTML = /^ {0,3}<(?:[a-zA-Z][a-zA-Z0-9-]*(?:[\s/>]|$)|\/[a-zA-Z]|!--|!\[CDATA|\?)/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-*:?[ \t]*)*\|?[ \t]*$/;
const DEFINITION = /^ {0,3}\[(?:\^[^\]]+|[^\]^][^\]]*)\]:/;
const BOLD_ONLY = /^(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*:?\s*$|^(?:\*\*|__)[^*_\n]+:(?:\*\*|__)\s*$/;
const HTML_TABLE = /^ {0,3}<table[\s>]/i;
/** The tags of a raw HTML table that delimit rows and cells: `<tr ...>`, `</tr>`, `<td ...>`, `</th>`. */
const HTML_TABLE_TAG = /<\/?(tr|td|th)\b[^<>]*>/;
/** A line only in italics ("_Lessons learned_"): a section label when it names a known section. */
const ITALIC_ONLY = /^[*_][^*_\n]+[*_]\s*:?\s*$/;
/** A paragraph's first line in capitals ending in a colon ("REMEDIATION AND PREVENTION:"), maybe with the section's text after it. */
const CAPITALS_LABEL = /^\s*([A-Z][A-Z0-9 &/,'’()-]{2,60}?)\s*:/;
function isCapitalsLabel(text: string): boolean {
  const capitals = leadChar(text) >= 'A' && leadChar(text) <= 'Z' ? CAPITALS_LABEL.exec(text) : null;
  return capitals !== null && capitals[0].length === text.trimEnd().length && classifyHeading(capitals[1] as string) !== null;
}
/** A short plain line that may name a section ("Action Items"): capitalised, no sentence punctuation. */
const PLAIN_LABEL = /^[A-Z][^.!?;,|`[\]<>]{2,60}:?$/;
/**
 * A line that starts a section even inside a paragraph or list entry, as text pasted from a rendered page
 * keeps it ("Root Cause:", "Lessons Learned / Future Recommendations:"): capitals, or a short label with a
 * colon, that names a known section.
 */
function isSectionLabelLine(text: string): boolean {
  if (isCapitalsLabel(text)) return true;
  const raw = text.trim();
  return raw.endsWith(':') && PLAIN_LABEL.test(raw) && raw.split(/\s+/).length <= 6 && classifyHeading(raw.slice(0, -1)) !== null;
}

interface Line {
  start: number;
  text: string;
}

interface OpenItem {
  index: number;
  /** Column where the item's content starts: deeper lines belong to it. */
  contentIndent: number;
  markerIndent: number;
  group: number;
}

function readFrontMatter(text: string): { fields: Record<string, string>; length: number } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { fields: {}, length: 0 };
  const fields: Record<string, string> = {};
  for (const line of (match[2] ?? '').split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.+)$/.exec(line.trim());
    if (kv?.[1] && kv[2]) fields[kv[1].toLowerCase()] = kv[2].trim().replace(/^["']|["']$/g, '');
  }
  return { fields, length: match[0].length };
}

function indentOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32) n += 1;
    else if (c === 9) n += 4 - (n % 4);
    else break;
  }
  return n;
}

/**
 * The first character of a line that is not white space (as `\s` means it), or '' for a blank
 * line. Every block marker starts with one of a few characters, so the lead character rules out
 * most patterns before any of them runs.
 */
function leadChar(text: string): string {
  for (let i = 0; i < text.length; i += 1) if (!isWhiteSpaceAt(text, i)) return text.charAt(i);
  return '';
}

/** A list marker (`-`, `+`, `*`, `1.`) can start with this. */
const PASTED_BULLETS = new Set(['•', '◦', '▪', '‣']);

function mayStartList(lead: string): boolean {
  return lead === '-' || lead === '+' || lead === '*' || PASTED_BULLETS.has(lead) || (lead >= '0' && lead <= '9' && lead.length === 1);
}

/** Characters that can begin a line that interrupts a paragraph (a heading, rule, quote, fence, HTML block, status stamp or list). */
const INTERRUPT_LEADS = new Set(['#', '-', '*', '_', '>', '`', '~', '<', 'P', '+', ...PASTED_BULLETS]);

function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/** Cell spans of a table row, split at pipes that are not escaped. */
function tableCells(line: Line): Span[] {
  const text = line.text;
  const cells: Span[] = [];
  let from = text.indexOf('|') === text.search(/\S/) ? text.indexOf('|') + 1 : 0;
  const push = (to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isWhiteSpaceAt(text, s)) s += 1;
    while (e > s && isWhiteSpaceAt(text, e - 1)) e -= 1;
    cells.push({ start: line.start + s, end: line.start + e });
  };
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '|') {
      push(i);
      from = i + 1;
    }
  }
  if (text.slice(from).trim().length > 0) push(text.length);
  return cells;
}

class BlockScanner {
  readonly blocks: Block[] = [];
  private readonly lines: Line[] = [];
  private i = 0;
  private nextGroup = 0;
  private items: OpenItem[] = [];
  /**
   * Text pasted from a rendered page keeps one paragraph per line and no blank lines at all: there a line
   * break ends a paragraph or list entry, where in hand-written Markdown it only wraps the line.
   */
  private readonly linePerParagraph: boolean;

  constructor(source: string) {
    let start = 0;
    let blank = 0;
    let stamped = false;
    for (;;) {
      const nl = source.indexOf('\n', start);
      const end = nl === -1 ? source.length : nl;
      const text = source.slice(start, end);
      this.lines.push({ start, text });
      if (isBlank(text)) blank += 1;
      else if (!stamped && leadChar(text) === 'P') stamped = STATUS_STAMP.test(text);
      if (nl === -1) break;
      start = nl + 1;
    }
    const written = this.lines.length - blank;
    // A flattened status page is read by its "Posted" stamps instead (see the paragraph reader).
    this.linePerParagraph = !stamped && pastedFromPage(written, blank);
  }

  private trimmed(line: Line, from: number, to = line.text.length): [number, number] {
    let s = from;
    let e = to;
    while (s < e && isWhiteSpaceAt(line.text, s)) s += 1;
    while (e > s && isWhiteSpaceAt(line.text, e - 1)) e -= 1;
    return [line.start + s, line.start + e];
  }

  /** A line that starts a block of its own and so ends a paragraph. */
  private interrupts(text: string): boolean {
    const lead = leadChar(text);
    if (!INTERRUPT_LEADS.has(lead) && !mayStartList(lead)) return false;
    if (ATX.test(text) || THEMATIC.test(text) || QUOTE.test(text) || FENCE.test(text)) return true;
    if (/^ {0,3}<(?:\/?(?:div|p|table|ul|ol|pre|h[1-6]|section|article|details|img|hr|br)\b|!--)/i.test(text)) return true;
    // A status page flattened into Markdown: its "Posted <date>" stamps close the update above them.
    if (STATUS_STAMP.test(text)) return true;
    const list = LIST.exec(text);
    return list !== null && list[3] !== undefined && (/^[-+*•◦▪‣]$/.test(list[2] ?? '') || /^1[.)]$/.test(list[2] ?? ''));
  }

  run(): Block[] {
    while (this.i < this.lines.length) this.step();
    return this.blocks;
  }

  private step(): void {
    const line = this.lines[this.i] as Line;
    const text = line.text;
    if (isBlank(text)) {
      this.i += 1;
      return;
    }
    const indent = indentOf(text);
    const lead = leadChar(text);
    // Leave list items this line is not indented into.
    const list = mayStartList(lead) ? LIST.exec(text) : null;
    while (this.items.length > 0 && indent < (this.items[this.items.length - 1] as OpenItem).contentIndent) {
      const top = this.items[this.items.length - 1] as OpenItem;
      if (list && indent >= top.markerIndent) break;
      this.items.pop();
    }
    const base = this.items.length > 0 ? (this.items[this.items.length - 1] as OpenItem).contentIndent : 0;
    const relative = indent - base;

    if (relative >= 4 && !list) return this.indentedCode();
    if (list && list[3] !== undefined && relative < 4) return this.listItem(list);
    if (list && list[3] === undefined && relative < 4 && /^\s*(?:[-+*]|\d{1,9}[.)])\s*$/.test(text)) {
      this.i += 1;
      return;
    }
    const fence = lead === '`' || lead === '~' ? FENCE.exec(text) : null;
    if (fence && relative < 4) return this.fencedCode(fence);
    if ((lead === '-' || lead === '*' || lead === '_') && THEMATIC.test(text)) {
      this.i += 1;
      return;
    }
    const atx = lead === '#' ? ATX.exec(text) : null;
    if (atx) {
      const contentStart = text.indexOf(atx[1] as string) + (atx[1] as string).length;
      const [s, e] = this.trimmed(line, contentStart, contentStart + text.slice(contentStart).replace(/[ \t]+#+[ \t]*$|[ \t]+$/, '').length);
      this.blocks.push(makeBlock('heading', s, e, { depth: (atx[1] as string).length }));
      this.i += 1;
      return;
    }
    if (lead === '>' && QUOTE.test(text)) return this.quote();
    if (lead === '<' && HTML.test(text)) return HTML_TABLE.test(text) ? this.htmlTable() : this.skipUntilBlank();
    if (lead === '[' && DEFINITION.test(text)) return this.definition(/^ {0,3}\[\^/.test(text));
    const next = this.lines[this.i + 1];
    if (text.includes('|') && next && TABLE_DELIMITER.test(next.text) && next.text.includes('-')) return this.table();
    this.paragraph();
  }

  private indentedCode(): void {
    const first = this.lines[this.i] as Line;
    let last = first;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i] as Line;
      if (!isBlank(line.text) && indentOf(line.text) < 4 + (this.items[this.items.length - 1]?.contentIndent ?? 0)) break;
      if (!isBlank(line.text)) last = line;
      this.i += 1;
    }
    this.blocks.push(makeBlock('code', first.start, last.start + last.text.length));
  }

  private fencedCode(fence: RegExpExecArray): void {
    const marker = fence[2] as string;
    const open = this.lines[this.i] as Line;
    this.i += 1;
    let end = open.start + open.text.length;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i] as Line;
      this.i += 1;
      end = line.start + line.text.length;
      const close = /^ *(`{3,}|~{3,})[ \t]*$/.exec(line.text);
      if (close && (close[1] as string)[0] === marker[0] && (close[1] as string).length >= marker.length) break;
    }
    this.blocks.push(makeBlock('code', open.start + indentOf(open.text), end));
  }

  private listItem(list: RegExpExecArray): void {
    const line = this.lines[this.i] as Line;
    const markerIndent = (list[1] as string).length;
    const spaces = indentOf(list[3] ?? ' ');
    const markerEnd = markerIndent + (list[2] as string).length;
    const contentIndent = markerEnd + (spaces > 4 ? 1 : spaces);
    while (this.items.length > 0 && markerIndent < (this.items[this.items.length - 1] as OpenItem).contentIndent) {
      const top = this.items[this.items.length - 1] as OpenItem;
      if (markerIndent >= top.markerIndent && markerIndent < top.contentIndent && (this.items.length === 1 || markerIndent >= (this.items[this.items.length - 2] as OpenItem).contentIndent)) break;
      this.items.pop();
    }
    const top = this.items[this.items.length - 1];
    let parent = -1;
    let group: number;
    if (top && markerIndent >= top.contentIndent) {
      parent = top.index;
      group = this.nextGroup++;
    } else if (top && markerIndent >= top.markerIndent) {
      this.items.pop();
      parent = (this.blocks[top.index] as Block).parent;
      group = top.group;
    } else {
      group = this.nextGroup++;
    }
    const depth = this.items.length;
    let from = list[0].length;
    const task = TASK.exec(line.text.slice(from));
    const checked = task ? (task[1] as string).toLowerCase() === 'x' : null;
    if (task) from += task[0].length;
    const [s, e0] = this.trimmed(line, from);
    let end = e0;
    this.i += 1;
    // Lazy and indented continuation lines of the item's paragraph.
    while (this.i < this.lines.length) {
      const next = this.lines[this.i] as Line;
      if (isBlank(next.text) || this.interrupts(next.text) || (mayStartList(leadChar(next.text)) && LIST.exec(next.text)?.[3] !== undefined) || isSectionLabelLine(next.text)) break;
      if (this.linePerParagraph && indentOf(next.text) < contentIndent) break;
      end = this.trimmed(next, 0)[1];
      this.i += 1;
    }
    const index = this.blocks.length;
    this.blocks.push(makeBlock('list-item', s, end, { depth, parent, group, checked }));
    this.items.push({ index, contentIndent, markerIndent, group });
  }

  private quote(): void {
    let paragraphStart = -1;
    let paragraphEnd = -1;
    const flush = (): void => {
      if (paragraphStart >= 0) this.blocks.push(makeBlock('paragraph', paragraphStart, paragraphEnd, { aside: true }));
      paragraphStart = -1;
    };
    while (this.i < this.lines.length) {
      const line = this.lines[this.i] as Line;
      const q = QUOTE.exec(line.text);
      if (!q && (isBlank(line.text) || paragraphStart < 0 || this.interrupts(line.text))) break;
      const from = q ? q[0].length : 0;
      if (isBlank(line.text.slice(from))) flush();
      else {
        const [s, e] = this.trimmed(line, from);
        if (paragraphStart < 0) paragraphStart = s;
        paragraphEnd = e;
      }
      this.i += 1;
    }
    flush();
  }

  /**
   * A raw HTML table in Markdown (what pandoc writes for tables with rich cells): its rows become
   * table rows whose cells span the cell's inner markup, so action tables written this way are read.
   */
  private htmlTable(): void {
    const first = this.i;
    while (this.i < this.lines.length) {
      const text = (this.lines[this.i] as Line).text;
      this.i += 1;
      if (/<\/table>/i.test(text) || isBlank(text)) break;
    }
    const start = (this.lines[first] as Line).start;
    const source = this.lines.slice(first, this.i).map((l) => l.text).join('\n');
    const group = this.nextGroup++;
    // Rows and cells are found by their tags, each search starting where the last one ended: linear on any markup.
    const tags = new RegExp(HTML_TABLE_TAG.source, 'gi');
    let row: { open: number; cells: Span[]; header: boolean } | null = null;
    let cellStart = -1;
    for (let tag = tags.exec(source); tag; tag = tags.exec(source)) {
      const name = (tag[1] ?? '').toLowerCase();
      const closing = tag[0].charAt(1) === '/';
      if (name === 'tr' && !closing) row = { open: tag.index, cells: [], header: false };
      else if (name === 'tr' && row) {
        if (row.cells.some((c) => c.end > c.start)) {
          this.blocks.push(makeBlock('table-row', start + row.open, start + tag.index + tag[0].length, { group, cells: row.cells, header: row.header }));
        }
        row = null;
      } else if (row && !closing) {
        cellStart = tag.index + tag[0].length;
        row.header ||= name === 'th';
      } else if (row && cellStart >= 0) {
        const inner = source.slice(cellStart, tag.index);
        // A cell of markup only ("<span></span>") is empty.
        const empty = inner.replace(/<[^<>]*>/g, '').trim() === '';
        const at = start + cellStart;
        row.cells.push(empty ? { start: at, end: at } : { start: at + inner.length - inner.trimStart().length, end: at + inner.trimEnd().length });
        cellStart = -1;
      }
    }
  }

  private skipUntilBlank(): void {
    while (this.i < this.lines.length && !isBlank((this.lines[this.i] as Line).text)) this.i += 1;
  }

  private definition(footnote: boolean): void {
    const first = this.lines[this.i] as Line;
    this.i += 1;
    if (!footnote) return;
    let end = first.start + first.text.length;
    // A footnote runs on over indented lines (and blank lines between them).
    while (this.i < this.lines.length) {
      const line = this.lines[this.i] as Line;
      if (!isBlank(line.text) && indentOf(line.text) < 4) break;
      if (!isBlank(line.text)) end = line.start + line.text.trimEnd().length;
      this.i += 1;
    }
    const [s] = this.trimmed(first, first.text.indexOf(':') + 1);
    this.blocks.push(makeBlock('paragraph', Math.min(s, end), end, { aside: true }));
  }

  private table(): void {
    const group = this.nextGroup++;
    const header = this.lines[this.i] as Line;
    this.blocks.push(makeBlock('table-row', header.start + indentOf(header.text), header.start + header.text.trimEnd().length, { group, cells: tableCells(header), header: true }));
    this.i += 2;
    while (this.i < this.lines.length) {
      const row = this.lines[this.i] as Line;
      if (isBlank(row.text) || !row.text.includes('|') || this.interrupts(row.text)) break;
      this.blocks.push(makeBlock('table-row', row.start + indentOf(row.text), row.start + row.text.trimEnd().length, { group, cells: tableCells(row) }));
      this.i += 1;
    }
  }

  private paragraph(): void {
    const firstIndex = this.i;
    const first = this.lines[this.i] as Line;
    let last = first;
    this.i += 1;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i] as Line;
      if (isBlank(line.text) || this.interrupts(line.text) || this.linePerParagraph) break;
      const lead = leadChar(line.text);
      const setext = lead === '=' || lead === '-' ? SETEXT.exec(line.text) : null;
      if (setext) {
        // "Title\n===" is a level-1 heading, "Title\n---" a level-2 one.
        this.setext(first, last, (setext[1] as string).startsWith('=') ? 1 : 2);
        this.i += 1;
        return;
      }
      const next = this.lines[this.i + 1];
      if (line.text.includes('|') && next && TABLE_DELIMITER.test(next.text) && next.text.includes('-')) break;
      // "REMEDIATION AND PREVENTION:" or "Root Cause:" on a line of its own starts a section, even without a blank line before it.
      if (isSectionLabelLine(line.text)) break;
      last = line;
      this.i += 1;
    }
    const [s] = this.trimmed(first, 0);
    const [, e] = this.trimmed(last, 0);
    // A further paragraph of the list item just above belongs to that item.
    const item = this.items[this.items.length - 1];
    if (item && item.index === this.blocks.length - 1 && indentOf(first.text) >= item.contentIndent) {
      (this.blocks[item.index] as Block).end = e;
      return;
    }
    const raw = first === last ? first.text.trim() : '';
    const label = BOLD_ONLY.test(raw) ? raw.replace(/[*_:\s]+/g, ' ').trim() : '';
    // A paragraph that is only bold words ("**Remediation and Prevention:**", "**How did we respond?**") is a heading.
    if (label && label.split(' ').length <= 14 && !/[.!]$/.test(label)) {
      this.blocks.push(makeBlock('heading', s, e, { depth: classifyHeading(label) !== null ? 2 : 4 }));
      return;
    }
    if (this.sectionLabel(first, first === last ? undefined : this.lines[firstIndex + 1], raw, s, e)) return;
    // After a flattened status page's stamp come the narrated updates of the incident, not commitments.
    this.blocks.push(makeBlock('paragraph', s, e, { aside: STATUS_STAMP.test(first.text) || this.isSubtitle(raw) }));
  }

  /** An italic line right under a heading: its subtitle or a template's prompt ("*List any tasks we've created*"), not content. */
  private isSubtitle(raw: string): boolean {
    return ITALIC_ONLY.test(raw) && this.blocks[this.blocks.length - 1]?.kind === 'heading';
  }

  /**
   * Section labels written without heading markup: a line in italics or a short capitalised line
   * ("Action Items") that names a known section, or a first line in capitals ending in a colon
   * ("REMEDIATION AND PREVENTION:"), whose following text is the section's first paragraph.
   */
  private sectionLabel(first: Line, next: Line | undefined, raw: string, s: number, e: number): boolean {
    const single = raw !== '' && ((ITALIC_ONLY.test(raw) && !this.isSubtitle(raw)) || (PLAIN_LABEL.test(raw) && raw.split(/\s+/).length <= 6));
    if (single && classifyHeading(raw.replace(/[*_:\s]+/g, ' ').trim()) !== null) {
      this.blocks.push(makeBlock('heading', s, e, { depth: 2 }));
      return true;
    }
    const capitals = CAPITALS_LABEL.exec(first.text);
    if (!capitals || classifyHeading(capitals[1] as string) === null) return false;
    this.blocks.push(makeBlock('heading', s, first.start + capitals[0].length - 1, { depth: 2 }));
    const [sameLine] = this.trimmed(first, capitals[0].length);
    const rest = sameLine < first.start + first.text.length ? sameLine : next ? this.trimmed(next, 0)[0] : e;
    if (rest < e) this.blocks.push(makeBlock('paragraph', rest, e));
    return true;
  }

  private setext(first: Line, last: Line, depth: number): void {
    const [s] = this.trimmed(first, 0);
    const [, e] = this.trimmed(last, 0);
    this.blocks.push(makeBlock('heading', s, e, { depth }));
  }
}

export function readMarkdown(text: string): PostmortemDocument {
  const { fields, length } = readFrontMatter(text);
  // Hide front matter from the scanner: same length, so every offset stays true.
  const source = length > 0 ? text.slice(0, length).replace(/[^\n]/g, ' ') + text.slice(length) : text;
  return { format: 'markdown', text, blocks: new BlockScanner(source).run(), fields };
}
