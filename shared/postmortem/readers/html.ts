/**
 * HTML (a saved status page or blog post) -> a plain Markdown-like rendering -> the Markdown
 * reader, so HTML and Markdown share one document tree. Only the article (or main, or body) is
 * rendered; scripts, styles, form controls, embedded content and navigation are dropped, links keep
 * their text only. Nothing is executed: the parser builds a tree and we read text from it.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { PostmortemDocument } from '../document';
import { readMarkdown } from './markdown';

const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'video', 'audio', 'img', 'picture', 'source', 'input', 'button', 'select', 'textarea', 'option',
  'label', 'nav', 'aside', 'footer', 'head', 'link', 'meta', 'base', 'dialog', 'map',
]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
// A form is a container: saved ASP.NET pages wrap the whole body in one. Its controls are dropped.
const BLOCKS = new Set(['form', 'p', 'div', 'section', 'article', 'main', 'header', 'ul', 'ol', 'li', 'table', 'pre', 'blockquote', 'dl', 'dt', 'dd', 'hr', 'figure', 'figcaption', 'details', 'summary', 'body', 'html', 'thead', 'tbody', 'tfoot', 'tr', 'address']);

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type TextNode = DefaultTreeAdapterTypes.TextNode;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

function hasAttribute(el: Element, name: string, value?: string): boolean {
  return el.attrs.some((a) => a.name === name && (value === undefined || a.value === value));
}

function findFirst(node: Node, tag: string): Element | null {
  if (isElement(node) && node.tagName === tag) return node;
  if ('childNodes' in node) {
    for (const child of node.childNodes) {
      const found = findFirst(child, tag);
      if (found) return found;
    }
  }
  return null;
}

/** Inline text of a node with whitespace collapsed; `<br>` becomes a line break. */
function inlineText(node: Node): string {
  if (isText(node)) return node.value;
  if (!isElement(node)) return '';
  if (DROPPED.has(node.tagName)) return '';
  if (node.tagName === 'br') return '\n';
  if (node.tagName === 'ul' || node.tagName === 'ol') return '';
  return node.childNodes.map(inlineText).join('');
}

/** Runs of spaces and tabs that are not already one plain space (a lone one needs no replacing). */
const SPACES = /[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]/g;
const NOT_WHITE_SPACE = /\S/;

function clean(text: string): string {
  // Most text nodes are the white space between tags, and most others are one line: neither needs splitting.
  if (!NOT_WHITE_SPACE.test(text)) return '';
  if (!text.includes('\n')) return text.replace(SPACES, ' ').trim();
  return text
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line, i, all) => line.length > 0 || (i > 0 && i < all.length - 1))
    .join('\n')
    .trim();
}

/**
 * The text of a paragraph that is nothing but one bold run ("<p><strong>What happened?</strong></p>"):
 * a section label, kept bold so the Markdown reader reads it as a heading. Null for any other paragraph.
 */
function boldLabel(p: Element): string | null {
  // Most paragraphs have no bold run at all: their text is not read twice.
  if (!p.childNodes.some((c) => isElement(c) && (c.tagName === 'strong' || c.tagName === 'b'))) return null;
  const content = p.childNodes.filter((c) => clean(inlineText(c)) !== '');
  const only = content.length === 1 ? content[0] : undefined;
  if (!only || !isElement(only) || (only.tagName !== 'strong' && only.tagName !== 'b')) return null;
  const text = clean(inlineText(only));
  return text.includes('\n') || /[*_]/.test(text) ? null : text;
}

function hasBlockChild(el: Element): boolean {
  return el.childNodes.some((c) => isElement(c) && (BLOCKS.has(c.tagName) || c.tagName in HEADINGS));
}

/** The cells of a table's own rows (not of tables nested in them), in reading order. */
function cellsOf(table: Element): Element[] {
  const cells: Element[] = [];
  const walk = (node: Node): void => {
    if (!isElement(node)) return;
    if (node.tagName === 'td' || node.tagName === 'th') cells.push(node);
    else if (node === table || node.tagName !== 'table') node.childNodes.forEach(walk);
  };
  walk(table);
  return cells;
}

/** A table that lays out a page (old forums and status pages) rather than listing data: no header cells, paragraphs in a cell. */
function isLayoutTable(table: Element): boolean {
  const cells = cellsOf(table);
  return cells.every((c) => c.tagName === 'td') && cells.some(hasBlockChild);
}

class MarkdownWriter {
  private readonly out: string[] = [];

  block(text: string): void {
    if (text.length > 0) this.out.push(text, '\n\n');
  }

  line(text: string): void {
    if (text.length > 0) this.out.push(text, '\n');
  }

  end(): void {
    if (this.out[this.out.length - 1] === '\n') this.out.push('\n');
  }

  toString(): string {
    return this.out.join('').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  }

  render(node: Node, listDepth: number): void {
    if (isText(node)) {
      this.block(clean(node.value));
      return;
    }
    if (!isElement(node) || DROPPED.has(node.tagName)) return;
    const tag = node.tagName;
    if (tag in HEADINGS) {
      const text = clean(inlineText(node)).replace(/\n/g, ' ');
      this.block(text ? `${'#'.repeat(HEADINGS[tag] ?? 2)} ${text}` : '');
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      this.renderList(node, listDepth);
      if (listDepth === 0) this.end();
      return;
    }
    if (tag === 'table') {
      if (isLayoutTable(node)) for (const cell of cellsOf(node)) this.render({ ...cell, tagName: 'div' }, listDepth);
      else this.renderTable(node);
      return;
    }
    if (tag === 'pre') {
      const code = inlineText(node).replace(/\n+$/, '');
      this.block('```\n' + code.replace(/```/g, "'''") + '\n```');
      return;
    }
    if (tag === 'blockquote') {
      const inner = new MarkdownWriter();
      for (const child of node.childNodes) inner.render(child, 0);
      const quoted = inner.toString().trim();
      this.block(quoted.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n'));
      return;
    }
    if (tag === 'hr') return;
    const label = tag === 'p' ? boldLabel(node) : null;
    if (label) {
      this.block(`**${label}**`);
      return;
    }
    if (hasBlockChild(node)) {
      let inline: Node[] = [];
      const flush = (): void => {
        this.block(clean(inline.map(inlineText).join('')));
        inline = [];
      };
      for (const child of node.childNodes) {
        if (isElement(child) && (BLOCKS.has(child.tagName) || child.tagName in HEADINGS)) {
          flush();
          this.render(child, listDepth);
        } else inline.push(child);
      }
      flush();
      return;
    }
    this.block(clean(inlineText(node)));
  }

  private renderList(list: Element, depth: number): void {
    let n = 1;
    for (const child of list.childNodes) {
      if (!isElement(child) || child.tagName !== 'li') continue;
      const checkbox = findFirst(child, 'input');
      const box = checkbox && hasAttribute(checkbox, 'type', 'checkbox') ? (hasAttribute(checkbox, 'checked') ? '[x] ' : '[ ] ') : '';
      const bullet = list.tagName === 'ol' ? `${n}. ` : '- ';
      n += 1;
      const indent = '    '.repeat(depth);
      const text = clean(
        child.childNodes
          .filter((c) => !(isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')))
          .map(inlineText)
          .join(''),
      ).replace(/\n/g, ' ');
      this.line(`${indent}${bullet}${box}${text || ' '}`);
      for (const sub of child.childNodes) {
        if (isElement(sub) && (sub.tagName === 'ul' || sub.tagName === 'ol')) this.renderList(sub, depth + 1);
      }
    }
  }

  private renderTable(table: Element): void {
    const rows: string[][] = [];
    const collectRows = (node: Node): void => {
      if (!isElement(node)) return;
      if (node.tagName === 'tr') {
        rows.push(
          node.childNodes
            .filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
            .map((c) => clean(inlineText(c)).replace(/\n/g, ' ').replace(/\|/g, '/')),
        );
        return;
      }
      node.childNodes.forEach(collectRows);
    };
    collectRows(table);
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (width === 0) return;
    const lines = rows.map((r) => `| ${[...r, ...Array<string>(width - r.length).fill('')].join(' | ')} |`);
    lines.splice(1, 0, `| ${Array<string>(width).fill('---').join(' | ')} |`);
    this.block(lines.join('\n'));
  }
}

/** The page's plain rendering: what the incident stores and what every span points into. */
export function renderHtmlAsText(html: string): { text: string; title: string | null } {
  // parse5's own tree, read directly: spans point into the rendered text, so neither source
  // positions nor a conversion to another tree (hast) would be of any use.
  const tree = parse(html, { sourceCodeLocationInfo: false, scriptingEnabled: false });
  const root = findFirst(tree, 'article') ?? findFirst(tree, 'main') ?? findFirst(tree, 'body') ?? tree;
  const writer = new MarkdownWriter();
  writer.render(root, 0);
  const titleEl = findFirst(tree, 'title');
  const title = titleEl ? clean(inlineText({ ...titleEl, tagName: 'span' })) : null;
  return { text: writer.toString(), title: title || null };
}

export function readHtml(html: string): PostmortemDocument {
  const { text, title } = renderHtmlAsText(html);
  const doc = readMarkdown(text);
  // Field by field rather than spread: a spread copy is slower to build and to read, and every later step reads the document.
  return { format: 'html', text: doc.text, blocks: doc.blocks, fields: title ? { 'html-title': title } : {} };
}
