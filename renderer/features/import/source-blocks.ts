/**
 * The canonical text of a postmortem cut into display blocks (headings, paragraphs,
 * lists, tables, code) for rendering as plain text. Every range is an offset pair into
 * the text, so highlights and selections map straight onto item spans. Markers such as
 * `#`, `-` or `|` stay outside the ranges: the renderer draws them as structure.
 */
export interface TextRange {
  start: number;
  end: number;
}

export type SourceBlock =
  | ({ kind: 'heading'; level: 2 | 3 | 4 } & TextRange)
  | ({ kind: 'paragraph' } & TextRange)
  | ({ kind: 'code' } & TextRange)
  | { kind: 'list'; ordered: boolean; items: TextRange[] }
  | { kind: 'table'; rows: { header: boolean; cells: TextRange[] }[] };

interface Line extends TextRange {
  text: string;
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const LIST_ITEM = /^([ \t]*)([-*+•]|\d{1,3}[.)])[ \t]+(?=\S)/;
const TABLE_ROW = /^[ \t]*\|/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const FENCE = /^[ \t]*(```|~~~)/;
const BLOCKQUOTE = /^[ \t]*>[ \t]?/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** The range of `line` from `offset` (into the line) with surrounding whitespace trimmed. */
function trimmed(line: Line, offset = 0): TextRange {
  const body = line.text.slice(offset);
  const lead = body.length - body.trimStart().length;
  const start = line.start + offset + lead;
  return { start, end: Math.max(start, line.start + offset + body.trimEnd().length) };
}

function tableCells(line: Line): TextRange[] {
  const cells: TextRange[] = [];
  const text = line.text;
  let from = text.indexOf('|') + 1;
  while (from <= text.length) {
    let bar = text.indexOf('|', from);
    // An escaped bar belongs to the cell.
    while (bar > 0 && text[bar - 1] === '\\') bar = text.indexOf('|', bar + 1);
    const to = bar === -1 ? text.length : bar;
    const cell = trimmed({ start: line.start + from, end: line.start + to, text: text.slice(from, to) });
    if (bar !== -1 || cell.end > cell.start) cells.push(cell);
    if (bar === -1) break;
    from = bar + 1;
  }
  return cells;
}

/** A lone short line without sentence punctuation reads as a section heading in plain-text posts. */
function looksLikeHeading(text: string, block: Extract<SourceBlock, { kind: 'paragraph' }>): boolean {
  const line = text.slice(block.start, block.end);
  if (line.includes('\n') || line.length > 70 || line.includes(':')) return false;
  if (/[.,;!?)]$/.test(line) || !/^[A-Z0-9]/.test(line)) return false;
  return line.split(/\s+/).length <= 10;
}

/** Cuts `text` into blocks, in order. */
export function sourceBlocks(text: string): SourceBlock[] {
  const lines = splitLines(text);
  const blocks: SourceBlock[] = [];
  let paragraph: TextRange | null = null;
  let list: Extract<SourceBlock, { kind: 'list' }> | null = null;
  let table: Extract<SourceBlock, { kind: 'table' }> | null = null;
  let sawMarkdownHeading = false;
  /** The line the open list last grew on: an indented line right after it continues the item. */
  let listLine = -1;

  const flushParagraph = () => {
    if (paragraph && paragraph.end > paragraph.start) blocks.push({ kind: 'paragraph', ...paragraph });
    paragraph = null;
  };
  const flushAll = () => {
    flushParagraph();
    list = null;
    table = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.text.trim() === '') {
      flushParagraph();
      table = null;
      continue;
    }
    if (FENCE.test(line.text)) {
      flushAll();
      let close = index + 1;
      while (close < lines.length && !FENCE.test(lines[close]!.text)) close++;
      const first = lines[index + 1];
      const last = lines[Math.min(close, lines.length) - 1];
      if (first && last && close > index + 1) blocks.push({ kind: 'code', start: first.start, end: last.end });
      index = close;
      continue;
    }
    const heading = HEADING.exec(line.text);
    if (heading) {
      flushAll();
      sawMarkdownHeading = true;
      const offset = line.text.indexOf(heading[2]!, heading[1]!.length);
      const range = trimmed(line, offset);
      const level = Math.min(4, Math.max(2, heading[1]!.length)) as 2 | 3 | 4;
      if (range.end > range.start) blocks.push({ kind: 'heading', level, ...range });
      continue;
    }
    const item = LIST_ITEM.exec(line.text);
    if (item) {
      flushParagraph();
      table = null;
      const ordered = /\d/.test(item[2]!);
      if (!list || list.ordered !== ordered) {
        list = { kind: 'list', ordered, items: [] };
        blocks.push(list);
      }
      list.items.push(trimmed(line, item[0].length));
      listLine = index;
      continue;
    }
    if (TABLE_ROW.test(line.text)) {
      flushParagraph();
      list = null;
      if (TABLE_SEPARATOR.test(line.text)) {
        const previous = table?.rows.at(-1);
        if (previous) previous.header = true;
        continue;
      }
      if (!table) {
        table = { kind: 'table', rows: [] };
        blocks.push(table);
      }
      table.rows.push({ header: false, cells: tableCells(line) });
      continue;
    }
    const quote = BLOCKQUOTE.exec(line.text);
    const range = trimmed(line, quote ? quote[0].length : 0);
    const lastItem = list?.items.at(-1);
    if (lastItem && listLine === index - 1 && /^[ \t]+/.test(line.text)) {
      lastItem.end = range.end;
      listLine = index;
      continue;
    }
    list = null;
    table = null;
    if (paragraph) paragraph.end = range.end;
    else paragraph = range;
  }
  flushParagraph();

  if (sawMarkdownHeading) return blocks;
  return blocks.map((block, index) =>
    block.kind === 'paragraph' && index < blocks.length - 1 && looksLikeHeading(text, block)
      ? { kind: 'heading', level: 3, start: block.start, end: block.end }
      : block,
  );
}

export interface HighlightRange extends TextRange {
  id: string;
}

export interface TextRun extends TextRange {
  /** The highlights covering this run, in the order given. */
  ids: string[];
}

/** Cuts `range` into runs at every highlight boundary inside it. */
export function highlightRuns(range: TextRange, highlights: readonly HighlightRange[]): TextRun[] {
  const inside = highlights.filter((h) => h.start < range.end && h.end > range.start && h.end > h.start);
  const cuts = new Set([range.start, range.end]);
  for (const h of inside) {
    cuts.add(Math.max(range.start, h.start));
    cuts.add(Math.min(range.end, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    runs.push({ start, end, ids: inside.filter((h) => h.start <= start && h.end >= end).map((h) => h.id) });
  }
  return runs;
}
