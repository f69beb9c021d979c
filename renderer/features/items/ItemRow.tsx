import { memo, type MouseEvent } from 'react';
import type { ActionItem } from '../../../shared/model';
import type { ColumnId } from './columns';
import { formatAge, formatDueDate } from './format';
import { StatusBadge } from '../../ui/StatusBadge';
import { ThemeChips } from '../../ui/ThemeChips';
import type { Lookups } from './use-lookups';
import type { ClickMode } from './selection';

export interface RowContext {
  lookups: Lookups;
  today: string;
  now: number;
  /** Where a row's title links to (the item drawer, keeping the view's filters). */
  hrefFor(id: string): string;
  onClick(id: string, mode: ClickMode): void;
  onOpen(id: string): void;
}

export function rowElementId(itemId: string): string {
  return `item-row-${itemId}`;
}

function Cell({ column, item, context }: { column: ColumnId; item: ActionItem; context: RowContext }) {
  const { lookups, today, now } = context;
  switch (column) {
    case 'title':
      return (
        <a className="item-title" href={context.hrefFor(item.id)} tabIndex={-1} onClick={(event) => event.stopPropagation()}>
          {item.title}
        </a>
      );
    case 'incident':
      return item.incidentId === null ? (
        <span className="cell-muted">By hand</span>
      ) : (
        <span>{lookups.incidentTitles.get(item.incidentId) ?? ''}</span>
      );
    case 'kind':
      return <span className="cell-muted">{item.kind}</span>;
    case 'themes':
      return <ThemeChips ids={item.themes} themeById={lookups.themeById} maxShown={1} density="compact" />;
    case 'owner':
      return item.owner === null ? <span className="cell-muted">—</span> : <span>{item.owner}</span>;
    case 'due': {
      if (item.dueDate === null) return <span className="cell-muted">—</span>;
      const overdue = item.dueDate < today && item.status !== 'done' && item.status !== 'wont_do';
      return (
        <span className={overdue ? 'due-overdue' : undefined}>
          {formatDueDate(item.dueDate, Number(today.slice(0, 4)))}
          {overdue && <span className="visually-hidden"> (overdue)</span>}
        </span>
      );
    }
    case 'status':
      return <StatusBadge status={item.status} />;
    case 'priority':
      return item.priority === null ? <span className="cell-muted">—</span> : <span className={`priority priority--${item.priority}`}>{item.priority}</span>;
    case 'age':
      return <span className="cell-muted">{formatAge(item.createdAt, now)}</span>;
  }
}

export interface ItemRowProps {
  item: ActionItem;
  index: number;
  columns: readonly ColumnId[];
  selected: boolean;
  active: boolean;
  top: number;
  context: RowContext;
}

function clickMode(event: MouseEvent): ClickMode {
  if (event.shiftKey) return 'range';
  if (event.metaKey || event.ctrlKey) return 'toggle';
  return 'replace';
}

export const ItemRow = memo(function ItemRow({ item, index, columns, selected, active, top, context }: ItemRowProps) {
  return (
    <div
      role="row"
      id={rowElementId(item.id)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`items-row${selected ? ' is-selected' : ''}${active ? ' is-active' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onMouseDown={(event) => {
        // Keep shift-click from selecting text across rows.
        if (event.shiftKey) event.preventDefault();
      }}
      onClick={(event) => context.onClick(item.id, clickMode(event))}
      onDoubleClick={() => context.onOpen(item.id)}
    >
      {columns.map((column) => (
        <div key={column} role="gridcell" className={`items-cell items-cell--${column}`}>
          <Cell column={column} item={item} context={context} />
        </div>
      ))}
    </div>
  );
});
