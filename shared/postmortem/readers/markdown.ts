/**
 * CommonMark + GFM through mdast. Offsets come from the parser's positions, so they point into
 * the file as decoded. YAML (`---`) or TOML (`+++`) front matter is read as fields and hidden
 * from the parser without moving any offset.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents, ListItem, Table } from 'mdast';
import { makeBlock, type Block, type PostmortemDocument } from '../document';
import { classifyHeading } from '../sections';

/**
 * Built once (micromark would compile its extensions on every call). Only block structure and
 * offsets matter here, so the costly inline constructs (emphasis, links, entities...) are off;
 * task-list checkboxes, tables and footnote definitions stay.
 */
const PARSE_OPTIONS = {
  extensions: [
    gfm(),
    {
      disable: {
        null: ['attention', 'autolink', 'characterReference', 'codeText', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink', 'hardBreakEscape', 'strikethrough', 'literalAutolink', 'literalAutolinkEmail', 'literalAutolinkHttp', 'literalAutolinkWww', 'gfmFootnoteCall'],
      },
    },
  ],
  mdastExtensions: [gfmFromMarkdown()],
};
const BOLD_ONLY = /^(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*:?\s*$|^(?:\*\*|__)[^*_\n]+:(?:\*\*|__)\s*$/;
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/;

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

function offsets(node: Nodes): [number, number] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : [s, e];
}

class BlockCollector {
  readonly blocks: Block[] = [];
  private nextGroup = 0;

  constructor(private readonly source: string) {}

  visit(node: Nodes, aside: boolean): void {
    switch (node.type) {
      case 'heading': {
        const span = this.childrenSpan(node) ?? offsets(node);
        if (span) this.blocks.push(makeBlock('heading', span[0], span[1], { depth: node.depth, aside }));
        return;
      }
      case 'paragraph': {
        const span = offsets(node);
        if (!span) return;
        const raw = this.source.slice(span[0], span[1]);
        const label = BOLD_ONLY.test(raw) ? raw.replace(/[*_:\s]+/g, ' ').trim() : '';
        // A paragraph that is only bold words ("**Remediation and Prevention:**") is a heading.
        if (label && label.split(' ').length <= 10 && !/[.!?]$/.test(label)) {
          const known = classifyHeading(label) !== null;
          this.blocks.push(makeBlock('heading', span[0], span[1], { depth: known ? 2 : 4, aside }));
          return;
        }
        this.blocks.push(makeBlock('paragraph', span[0], span[1], { aside }));
        return;
      }
      case 'code': {
        const span = offsets(node);
        if (span) this.blocks.push(makeBlock('code', span[0], span[1], { aside }));
        return;
      }
      case 'list': {
        const group = this.nextGroup++;
        for (const item of node.children) this.visitListItem(item, 0, -1, group, aside);
        return;
      }
      case 'table':
        this.visitTable(node, aside);
        return;
      case 'blockquote':
      case 'footnoteDefinition':
        for (const child of node.children) this.visit(child, true);
        return;
      case 'root':
        for (const child of node.children) this.visit(child, aside);
        return;
      default:
        return;
    }
  }

  private childrenSpan(node: Parents): [number, number] | null {
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    if (!first || !last) return null;
    const a = offsets(first);
    const b = offsets(last);
    return a && b ? [a[0], b[1]] : null;
  }

  private visitListItem(item: ListItem, depth: number, parent: number, group: number, aside: boolean): void {
    const own = item.children.filter((c) => c.type !== 'list');
    const first = own[0];
    const last = own[own.length - 1];
    const a = first ? offsets(first) : null;
    const b = last ? offsets(last) : null;
    let index = parent;
    if (a && b) {
      index = this.blocks.length;
      this.blocks.push(makeBlock('list-item', a[0], b[1], { depth, parent, group, checked: item.checked ?? null, aside }));
    }
    for (const child of item.children) {
      if (child.type === 'list') {
        const nested = this.nextGroup++;
        for (const sub of child.children) this.visitListItem(sub, depth + 1, index, nested, aside);
      } else if (child.type === 'code' || child.type === 'blockquote' || child.type === 'table') {
        this.visit(child, aside || child.type === 'blockquote');
      }
    }
  }

  private visitTable(table: Table, aside: boolean): void {
    const group = this.nextGroup++;
    table.children.forEach((row, r) => {
      const span = offsets(row);
      if (!span) return;
      const cells = row.children.map((cell) => {
        const inner = this.childrenSpan(cell);
        if (inner) return { start: inner[0], end: inner[1] };
        const o = offsets(cell) ?? span;
        return { start: o[0], end: o[0] };
      });
      const trimmed = this.source.slice(span[0], span[1]);
      const start = span[0] + (trimmed.length - trimmed.trimStart().length);
      this.blocks.push(makeBlock('table-row', start, span[1], { group, cells, header: r === 0, aside }));
    });
  }
}

export function readMarkdown(text: string): PostmortemDocument {
  const { fields, length } = readFrontMatter(text);
  // Hide front matter from the parser: same length, so every offset stays true.
  const source = length > 0 ? text.slice(0, length).replace(/[^\n]/g, ' ') + text.slice(length) : text;
  const tree = fromMarkdown(source, PARSE_OPTIONS);
  const collector = new BlockCollector(source);
  collector.visit(tree, false);
  return { format: 'markdown', text, blocks: collector.blocks, fields };
}
