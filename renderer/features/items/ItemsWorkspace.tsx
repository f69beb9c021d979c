import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ActionItem } from '../../../shared/model';
import { formatHash, navigate, type Route } from '../../app/router';
import { Button } from '../../ui/Button';
import { BulkEditDialog } from './BulkEditDialog';
import { DeleteItemsDialog } from './DeleteItemsDialog';
import { localDate } from './format';
import { ItemDrawer } from './ItemDrawer';
import type { RowContext } from './ItemRow';
import { ItemsTable } from './ItemsTable';
import { ItemsToolbar } from './ItemsToolbar';
import { NewItemDialog } from './NewItemDialog';
import { SavedViewsMenu } from './SavedViewsMenu';
import { ColumnsMenu } from './ColumnsMenu';
import { actionTargets, clickRow, EMPTY_SELECTION, rowOrder, withoutRows, type ClickMode, type Selection } from './selection';
import { useItemCommands } from './use-item-commands';
import { useItemShortcuts } from './use-item-shortcuts';
import type { Lookups } from './use-lookups';
import { useVisibleItems } from './use-visible-items';
import { viewFromParams, viewToParams, type ItemsView, type SortColumn } from './view-state';

type PageDialog = 'new' | 'bulk' | 'delete' | null;

/** The incidents worth filtering by: those with items, as [id, title] sorted by title. */
function incidentsWithItems(items: readonly ActionItem[], titles: ReadonlyMap<string, string>): [string, string][] {
  const ids = new Set(items.map((item) => item.incidentId));
  return [...titles].filter(([id]) => ids.has(id)).sort((a, b) => a[1].localeCompare(b[1]));
}

export interface ItemsWorkspaceProps {
  items: readonly ActionItem[];
  lookups: Lookups;
  route: Route;
  /** The item open in the drawer (`#/items/<id>`), or null. */
  openItemId: string | null;
}

/** Toolbar, table, drawer and dialogs of the Action items page, once there are items. */
export function ItemsWorkspace({ items, lookups, route, openItemId }: ItemsWorkspaceProps) {
  const view = useMemo(() => viewFromParams(route.params), [route.params]);
  const [today] = useState(() => localDate(new Date()));
  const [now] = useState(() => Date.now());
  const rows = useVisibleItems(items, view, lookups, today, now);
  const incidentChoices = useMemo(() => incidentsWithItems(items, lookups.incidentTitles), [items, lookups.incidentTitles]);
  const order = useMemo(() => rowOrder(rows.map((item) => item.id)), [rows]);
  const [selection, setSelection] = useState<Selection>(() => ({ ...EMPTY_SELECTION, cursor: openItemId }));
  const [dialog, setDialog] = useState<PageDialog>(null);
  const [toDelete, setToDelete] = useState<readonly ActionItem[]>([]);
  const [editing, setEditing] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const query = route.params.toString();

  const setView = useCallback(
    (change: Partial<ItemsView>, replace = false) => navigate(route.path, viewToParams({ ...view, ...change }), { replace }),
    [route.path, view],
  );
  const openItem = useCallback(
    (id: string, options: { edit?: boolean; replace?: boolean } = {}) => {
      setSelection((state) => ({ ...state, cursor: id }));
      setEditing(options.edit ?? false);
      navigate(`/items/${id}`, new URLSearchParams(query), { replace: options.replace });
    },
    [query],
  );
  const closeItem = useCallback(() => navigate('/items', new URLSearchParams(query)), [query]);
  const confirmDelete = useCallback(
    (ids: readonly string[]) => {
      const wanted = new Set(ids);
      setToDelete(items.filter((item) => wanted.has(item.id)));
      setDialog('delete');
    },
    [items],
  );
  const afterDelete = (ids: readonly string[]) => {
    setDialog(null);
    setSelection((state) => withoutRows(state, order, ids));
    if (openItemId !== null && ids.includes(openItemId)) closeItem();
  };

  const commands = useItemCommands({
    rows,
    order,
    selection,
    setSelection,
    openItemId,
    openItem,
    closeItem,
    openDialog: setDialog,
    confirmDelete,
    focusSearch: () => searchRef.current?.focus(),
  });
  useItemShortcuts(commands);

  const rowContext = useMemo<RowContext>(
    () => ({
      lookups,
      today,
      now,
      hrefFor: (id) => formatHash(`/items/${id}`, new URLSearchParams(query)),
      onClick: (id: string, mode: ClickMode) => setSelection((state) => clickRow(state, order, id, mode)),
      onOpen: (id) => openItem(id),
    }),
    [lookups, today, now, query, order, openItem],
  );

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const delta = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (delta !== undefined) {
      event.preventDefault();
      commands.move(delta, event.shiftKey);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commands.open();
    }
  };

  const onSort = (column: SortColumn) =>
    setView({ sort: column, direction: view.sort === column && view.direction === 'asc' ? 'desc' : 'asc' });

  const cursorIndex = selection.cursor === null ? -1 : (order.indexOf.get(selection.cursor) ?? -1);
  const targets = actionTargets(selection, order);
  const selectedCount = [...selection.selected].filter((id) => order.indexOf.has(id)).length;

  return (
    <div className="items-workspace">
      <div className="items-bar">
        <SavedViewsMenu query={query} onApply={(next) => navigate('/items', new URLSearchParams(next))} />
        <ColumnsMenu />
        <span className="items-count" aria-live="polite">
          {rows.length.toLocaleString('en')} of {items.length.toLocaleString('en')} items
          {selectedCount > 0 && ` · ${selectedCount.toLocaleString('en')} selected`}
        </span>
        <div className="items-bar-actions">
          <Button size="sm" disabled={selectedCount === 0} onClick={() => setDialog('bulk')}>
            Bulk edit
          </Button>
          <Button size="sm" disabled={selectedCount === 0} onClick={() => confirmDelete(targets)}>
            Delete
          </Button>
          <Button size="sm" variant="primary" onClick={() => setDialog('new')}>
            New item
          </Button>
        </div>
      </div>
      <ItemsToolbar view={view} onChange={setView} lookups={lookups} incidents={incidentChoices} searchRef={searchRef} />
      <div className="items-main">
        {rows.length === 0 ? (
          <p className="items-none">No items match this view.</p>
        ) : (
          <ItemsTable
            items={rows}
            cursorIndex={cursorIndex}
            selection={selection}
            context={rowContext}
            sort={view.sort}
            direction={view.direction}
            onSort={onSort}
            onKeyDown={onGridKeyDown}
          />
        )}
        {openItemId !== null && dialog === null && (
          <ItemDrawer
            itemId={openItemId}
            lookups={lookups}
            editing={editing}
            onClose={closeItem}
            onDelete={() => confirmDelete([openItemId])}
          />
        )}
      </div>
      <DeleteItemsDialog open={dialog === 'delete'} items={toDelete} onClose={() => setDialog(null)} onDeleted={afterDelete} />
      <BulkEditDialog open={dialog === 'bulk'} itemIds={targets} lookups={lookups} onClose={() => setDialog(null)} />
      <NewItemDialog
        open={dialog === 'new'}
        lookups={lookups}
        onClose={() => setDialog(null)}
        onCreated={(id) => {
          setDialog(null);
          openItem(id);
        }}
      />
    </div>
  );
}
