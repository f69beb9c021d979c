import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Span } from '../../../shared/model';
import { highlightRuns, sourceBlocks, type HighlightRange, type TextRange } from './source-blocks';
import { selectionSpan } from './selection-span';
import './source-text.css';

export interface SourceTextProps {
  text: string;
  /** Names the region for assistive technology. */
  label: string;
  highlights: readonly HighlightRange[];
  /** The highlight drawn as selected and scrolled into view. */
  selectedId?: string | null;
  onHighlightClick?(id: string): void;
  /** The span the user selects in the text, null when the selection is empty or elsewhere. */
  onSelectionChange?(span: Span | null): void;
}

/**
 * A postmortem shown as text: headings, paragraphs, lists and tables drawn from the
 * canonical text, never parsed as HTML. Only React text nodes carry its content, so
 * markup in a postmortem is shown, not run.
 */
export const SourceText = memo(function SourceText({
  text,
  label,
  highlights,
  selectedId = null,
  onHighlightClick,
  onSelectionChange,
}: SourceTextProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => sourceBlocks(text), [text]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || selectedId === null) return;
    const mark = Array.from(root.querySelectorAll<HTMLElement>('mark[data-item-ids]')).find((candidate) =>
      candidate.dataset.itemIds!.split(' ').includes(selectedId),
    );
    if (!mark) return;
    const top = mark.getBoundingClientRect().top - root.getBoundingClientRect().top;
    if (top < 0 || top > root.clientHeight - mark.offsetHeight) {
      root.scrollTo?.({ top: root.scrollTop + top - root.clientHeight / 3, behavior: 'smooth' });
    }
  }, [selectedId, highlights]);

  useEffect(() => {
    if (!onSelectionChange) return;
    const root = rootRef.current;
    if (!root) return;
    const onChange = () => onSelectionChange(selectionSpan(root, root.ownerDocument.getSelection()));
    root.ownerDocument.addEventListener('selectionchange', onChange);
    return () => root.ownerDocument.removeEventListener('selectionchange', onChange);
  }, [onSelectionChange]);

  const runs = (range: TextRange): ReactNode[] =>
    highlightRuns(range, highlights).map((run) => {
      const content = text.slice(run.start, run.end);
      if (run.ids.length === 0) {
        return (
          <span key={run.start} data-start={run.start}>
            {content}
          </span>
        );
      }
      const selected = selectedId !== null && run.ids.includes(selectedId);
      // With overlapping highlights, a click moves on to the next item under the pointer.
      const target = selected ? run.ids[(run.ids.indexOf(selectedId) + 1) % run.ids.length]! : run.ids[0]!;
      return (
        <mark
          key={run.start}
          data-start={run.start}
          data-item-ids={run.ids.join(' ')}
          className={selected ? 'source-mark is-selected' : 'source-mark'}
          onClick={onHighlightClick && (() => onHighlightClick(target))}
        >
          {content}
        </mark>
      );
    });

  return (
    <div ref={rootRef} className="source-text" role="region" aria-label={label} tabIndex={0}>
      {blocks.map((block) => {
        switch (block.kind) {
          case 'heading': {
            const Heading = `h${block.level + 1}` as 'h3' | 'h4' | 'h5';
            return (
              <Heading key={block.start} className={`source-heading source-heading--${block.level}`}>
                {runs(block)}
              </Heading>
            );
          }
          case 'paragraph':
            return (
              <p key={block.start} className="source-paragraph">
                {runs(block)}
              </p>
            );
          case 'code':
            return (
              <pre key={block.start} className="source-code">
                {runs(block)}
              </pre>
            );
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={block.items[0]!.start} className="source-list">
                {block.items.map((item) => (
                  <li key={item.start}>{runs(item)}</li>
                ))}
              </List>
            );
          }
          case 'table':
            return (
              <div key={block.rows[0]?.cells[0]?.start ?? 'table'} className="source-table-wrap">
                <table className="source-table">
                  <tbody>
                    {block.rows.map((row, index) => (
                      <tr key={index}>
                        {row.cells.map((cell, cellIndex) =>
                          row.header ? (
                            <th key={cellIndex} scope="col">
                              {runs(cell)}
                            </th>
                          ) : (
                            <td key={cellIndex}>{runs(cell)}</td>
                          ),
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </div>
  );
});
