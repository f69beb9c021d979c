import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type CSSProperties, type KeyboardEventHandler } from 'react';
import type { ActionItem } from '../../../shared/model';
import { gridTemplate, useColumnLayout, visibleColumns } from './columns';
import { ItemRow, rowElementId, type RowContext } from './ItemRow';
import type { Selection } from './selection';
import { TableHeader, type TableHeaderProps } from './TableHeader';

export const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 32;

export interface ItemsTableProps extends Omit<TableHeaderProps, 'columns'> {
  items: readonly ActionItem[];
  /** Row index of the cursor, or -1. */
  cursorIndex: number;
  selection: Selection;
  context: RowContext;
  /** Keys pressed while the grid itself has focus. */
  onKeyDown: KeyboardEventHandler<HTMLDivElement>;
}

/**
 * The items as an ARIA grid. Only the rows in view (and a few either side) exist in the
 * DOM, so 100,000 items scroll like 100. The cursor row is the grid's active descendant;
 * the page's shortcuts move it.
 */
export function ItemsTable({ items, cursorIndex, selection, context, onKeyDown, ...header }: ItemsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const widths = useColumnLayout((state) => state.widths);
  const hidden = useColumnLayout((state) => state.hidden);
  const columns = useMemo(() => visibleColumns(hidden), [hidden]);
  const columnIds = useMemo(() => columns.map((column) => column.id), [columns]);
  const template = useMemo(() => gridTemplate(columns, widths), [columns, widths]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialRect: { width: 1000, height: 600 },
    getItemKey: (index) => items[index]!.id,
  });

  useEffect(() => {
    if (cursorIndex >= 0) virtualizer.scrollToIndex(cursorIndex, { align: 'auto' });
  }, [cursorIndex, virtualizer]);

  const cursorId = cursorIndex >= 0 ? items[cursorIndex]?.id : undefined;
  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label="Action items"
      aria-rowcount={items.length + 1}
      aria-colcount={columns.length}
      aria-multiselectable="true"
      aria-activedescendant={cursorId ? rowElementId(cursorId) : undefined}
      tabIndex={0}
      className="items-grid"
      onKeyDown={onKeyDown}
      style={{ '--items-columns': template } as CSSProperties}
    >
      <div role="rowgroup" className="items-head">
        <TableHeader {...header} columns={columns} />
      </div>
      <div role="rowgroup" className="items-body" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          return (
            <ItemRow
              key={item.id}
              item={item}
              index={row.index}
              columns={columnIds}
              selected={selection.selected.has(item.id)}
              active={row.index === cursorIndex}
              top={row.start - HEADER_HEIGHT}
              context={context}
            />
          );
        })}
      </div>
    </div>
  );
}
