/**
 * The reader's output: canonical text plus a flat list of blocks whose offsets point into it.
 * Every format (Statuspage text, Markdown, HTML, Statuspage JSON) becomes this one shape.
 */
import type { SourceFormat, Span } from '../model';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'code';

/** Lines of a Statuspage page that carry page furniture rather than prose. */
export type StatusMarker = 'posted' | 'status' | 'affected' | 'provider';

export interface Block {
  kind: BlockKind;
  /** The block's own words: list markers, checkboxes and nested lists excluded. */
  start: number;
  end: number;
  /** Heading level (1 = title), or list nesting depth (0 = top level); 0 otherwise. */
  depth: number;
  /** Task-list state: true for `[x]`, false for `[ ]`, null when there is no checkbox. */
  checked: boolean | null;
  /** Index of the enclosing list item, or -1. */
  parent: number;
  /** Blocks of one list or one table share a group number; -1 for other blocks. */
  group: number;
  /** Cell spans of a table row; null for other blocks. */
  cells: Span[] | null;
  /** The header row of a table. */
  header: boolean;
  /** Inside a block quote or a footnote: quoted or side material. */
  aside: boolean;
  marker: StatusMarker | null;
}

export interface PostmortemDocument {
  format: SourceFormat;
  text: string;
  blocks: Block[];
  /** Front-matter fields, lower-cased keys (title, date, author...). */
  fields: Record<string, string>;
}

export function makeBlock(kind: BlockKind, start: number, end: number, extra: Partial<Block> = {}): Block {
  // Field by field rather than by spreading `extra` over defaults: readers make a block per line or so.
  return {
    kind,
    start,
    end,
    depth: extra.depth ?? 0,
    checked: extra.checked ?? null,
    parent: extra.parent ?? -1,
    group: extra.group ?? -1,
    cells: extra.cells ?? null,
    header: extra.header ?? false,
    aside: extra.aside ?? false,
    marker: extra.marker ?? null,
  };
}

export function blockText(doc: PostmortemDocument, block: Block): string {
  return doc.text.slice(block.start, block.end);
}
