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

const STATUS_STAMP = /^\s*Posted\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*,\s*\d{4}\b/;

const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^( *)(`{3,}|~{3,})([^`]*)$/;
const LIST = /^( *)([-+*]|\d{1,9}[.)])(?:([ \t]+)|$)/;
const TASK = /^\[([ xX])\](?=[ \t])/;
const QUOTE = /^ {0,3}> ?/;
const HTML = /^ {0,3}<(?:[a-zA-Z][a-zA-Z0-9-]*(?:[\s/>]|$)|\/[a-zA-Z]|!--|!\[CDATA|\?)/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-*:?[ \t]*)*\|?[ \t]*$/;
const DEFINITION = /^ {0,3}\[(?:\^[^\]]+|[^\]^][^\]]*)\]:/;
const BOLD_ONLY = /^(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*:?\s*$|^(?:\*\*|__)[^*_\n]+:(?:\*\*|__)\s*$/;

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
  for (const c of text) {
    if (c === ' ') n += 1;
    else if (c === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

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
    while (s < e && /\s/.test(text[s] ?? '')) s += 1;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
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

  constructor(source: string) {
    let start = 0;
    for (;;) {
      const nl = source.indexOf('\n', start);
      const end = nl === -1 ? source.length : nl;
      this.lines.push({ start, text: source.slice(start, end) });
      if (nl === -1) break;
      start = nl + 1;
    }
  }

  private trimmed(line: Line, from: number, to = line.text.length): [number, number] {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(line.text[s] ?? '')) s += 1;
    while (e > s && /\s/.test(line.text[e - 1] ?? '')) e -= 1;
    return [line.start + s, line.start + e];
  }

  /** A line that starts a block of its own and so ends a paragraph. */
  private interrupts(text: string): boolean {
    if (ATX.test(text) || THEMATIC.test(text) || QUOTE.test(text) || FENCE.test(text)) return true;
    if (/^ {0,3}<(?:\/?(?:div|p|table|ul|ol|pre|h[1-6]|section|article|details|img|hr|br)\b|!--)/i.test(text)) return true;
    // A status page flattened into Markdown: its "Posted <date>" stamps close the update above them.
    if (STATUS_STAMP.test(text)) return true;
    const list = LIST.exec(text);
    return list !== null && list[3] !== undefined && (/^[-+*]$/.test(list[2] ?? '') || /^1[.)]$/.test(list[2] ?? ''));
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
    // Leave list items this line is not indented into.
    const list = LIST.exec(text);
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
    const fence = FENCE.exec(text);
    if (fence && relative < 4) return this.fencedCode(fence);
    if (THEMATIC.test(text)) {
      this.i += 1;
      return;
    }
    const atx = ATX.exec(text);
    if (atx) {
      const contentStart = text.indexOf(atx[1] as string) + (atx[1] as string).length;
      const [s, e] = this.trimmed(line, contentStart, contentStart + text.slice(contentStart).replace(/[ \t]+#+[ \t]*$|[ \t]+$/, '').length);
      this.blocks.push(makeBlock('heading', s, e, { depth: (atx[1] as string).length }));
      this.i += 1;
      return;
    }
    if (QUOTE.test(text)) return this.quote();
    if (HTML.test(text)) return this.skipUntilBlank();
    if (DEFINITION.test(text)) return this.definition(/^ {0,3}\[\^/.test(text));
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
      if (isBlank(next.text) || this.interrupts(next.text) || LIST.exec(next.text)?.[3] !== undefined) break;
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
    const first = this.lines[this.i] as Line;
    let last = first;
    this.i += 1;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i] as Line;
      if (isBlank(line.text) || this.interrupts(line.text)) break;
      const setext = SETEXT.exec(line.text);
      if (setext) {
        // "Title\n===" is a level-1 heading, "Title\n---" a level-2 one.
        this.setext(first, last, (setext[1] as string).startsWith('=') ? 1 : 2);
        this.i += 1;
        return;
      }
      const next = this.lines[this.i + 1];
      if (line.text.includes('|') && next && TABLE_DELIMITER.test(next.text) && next.text.includes('-')) break;
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
    // A paragraph that is only bold words ("**Remediation and Prevention:**") is a heading.
    if (label && label.split(' ').length <= 10 && !/[.!?]$/.test(label)) {
      this.blocks.push(makeBlock('heading', s, e, { depth: classifyHeading(label) !== null ? 2 : 4 }));
      return;
    }
    // After a flattened status page's stamp come the narrated updates of the incident, not commitments.
    this.blocks.push(makeBlock('paragraph', s, e, { aside: STATUS_STAMP.test(first.text) }));
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
