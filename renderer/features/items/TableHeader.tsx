import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { columnWidth, MAX_COLUMN_WIDTH, useColumnLayout, type Column } from './columns';
import type { SortColumn, SortDirection } from './view-state';

const KEYBOARD_RESIZE_STEP = 16;

function ResizeHandle({ column, width }: { column: Column; width: number }) {
  const setWidth = useColumnLayout((state) => state.setWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setWidth(column.id, drag.current.width + event.clientX - drag.current.x);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowLeft: -KEYBOARD_RESIZE_STEP, ArrowRight: KEYBOARD_RESIZE_STEP }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    setWidth(column.id, width + step);
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${column.label} column`}
      aria-valuenow={width}
      aria-valuemin={column.minWidth}
      aria-valuemax={MAX_COLUMN_WIDTH}
      tabIndex={0}
      className="column-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
    />
  );
}

export interface TableHeaderProps {
  columns: readonly Column[];
  sort: SortColumn;
  direction: SortDirection;
  onSort(column: SortColumn): void;
}

export function TableHeader({ columns, sort, direction, onSort }: TableHeaderProps) {
  const widths = useColumnLayout((state) => state.widths);
  return (
    <div role="row" aria-rowindex={1} className="items-row items-header">
      {columns.map((column) => {
        const sorted = column.sort !== null && column.sort === sort;
        const ariaSort = sorted ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;
        return (
          <div key={column.id} role="columnheader" aria-sort={ariaSort} className={`items-cell items-cell--${column.id}`}>
            {column.sort === null ? (
              <span className="column-label">{column.label}</span>
            ) : (
              <button type="button" className="column-sort" onClick={() => onSort(column.sort!)}>
                {column.label}
                <span aria-hidden="true" className="sort-arrow">
                  {sorted ? (direction === 'asc' ? '↑' : '↓') : ''}
                </span>
              </button>
            )}
            <ResizeHandle column={column} width={columnWidth(column, widths)} />
          </div>
        );
      })}
    </div>
  );
}
