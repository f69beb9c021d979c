/**
 * Maps a DOM selection inside a rendered source text back to offsets into the canonical
 * text. Every text run SourceText renders carries `data-start`, its offset in the text;
 * a text node is always the only child of its run.
 */
import type { Span } from '../../../shared/model';

const RUN_SELECTOR = '[data-start]';

function runStart(run: Element): number {
  return Number((run as HTMLElement).dataset.start);
}

function boundaryOffset(root: Element, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest(RUN_SELECTOR);
    if (run && root.contains(run)) return runStart(run) + offset;
  }
  // A boundary between elements: the first run at or after it, else the end of the last run.
  const point = node.ownerDocument!.createRange();
  point.setStart(node, offset);
  const runs = Array.from(root.querySelectorAll(RUN_SELECTOR));
  for (const run of runs) {
    if (point.comparePoint(run, 0) >= 0) return runStart(run);
  }
  const last = runs.at(-1);
  return last ? runStart(last) + (last.textContent ?? '').length : null;
}

/** The selected span within `root`, or null when the selection is empty or reaches outside it. */
export function selectionSpan(root: Element, selection: Selection | null): Span | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = boundaryOffset(root, range.startContainer, range.startOffset);
  const end = boundaryOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
