/** What the items page's shortcuts and buttons do, over the current rows and selection. */
import { useCallback, useEffect, useMemo, useRef, type Dispatch, type SetStateAction } from 'react';
import type { ActionItem } from '../../../shared/model';
import { bulkUpdateItems, redo, undo } from '../../db';
import { showToast } from '../../stores/toasts';
import {
  actionTargets,
  clearSelection,
  moveCursor,
  selectAll,
  toggleCursorRow,
  type RowOrder,
  type Selection,
} from './selection';
import { nextStatus } from './status-cycle';
import type { ItemCommands } from './use-item-shortcuts';

export interface ItemCommandContext {
  rows: readonly ActionItem[];
  order: RowOrder;
  selection: Selection;
  setSelection: Dispatch<SetStateAction<Selection>>;
  /** The id of the item open in the drawer, if any. */
  openItemId: string | null;
  openItem(id: string, options?: { edit?: boolean; replace?: boolean }): void;
  closeItem(): void;
  openDialog(dialog: 'new' | 'bulk'): void;
  /** Asks to delete these items. */
  confirmDelete(ids: readonly string[]): void;
  focusSearch(): void;
}

function report(error: unknown): void {
  showToast({ tone: 'error', title: 'That change was not made', description: error instanceof Error ? error.message : String(error) });
}

async function runHistory(step: typeof undo, verb: 'Undid' | 'Redid', nothing: string): Promise<void> {
  const label = await step();
  showToast(label ? { title: `${verb}: ${label}` } : { title: nothing });
}

export function useItemCommands(context: ItemCommandContext): ItemCommands {
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  });

  const move = useCallback((delta: number, extend: boolean) => {
    const { selection, order, setSelection, openItemId, openItem } = latest.current;
    const next = moveCursor(selection, order, delta, extend);
    setSelection(next);
    if (openItemId !== null && next.cursor !== null && next.cursor !== openItemId) openItem(next.cursor, { replace: true });
  }, []);

  const cycleStatus = useCallback(() => {
    const { selection, order, rows } = latest.current;
    const ids = actionTargets(selection, order);
    if (ids.length === 0) return;
    // Several items move together to the status after the first one's, so they stay in step.
    const first = rows[order.indexOf.get(ids[0]!)!]!;
    bulkUpdateItems(ids, { status: nextStatus(first.status) }).catch(report);
  }, []);

  return useMemo<ItemCommands>(
    () => ({
      move,
      cycleStatus,
      open: () => {
        const { cursor } = latest.current.selection;
        if (cursor !== null) latest.current.openItem(cursor);
      },
      edit: () => {
        const { cursor } = latest.current.selection;
        if (cursor !== null) latest.current.openItem(cursor, { edit: true });
      },
      toggleSelected: () => latest.current.setSelection(toggleCursorRow),
      selectAll: () => latest.current.setSelection((state) => selectAll(state, latest.current.order)),
      escape: () => {
        if (latest.current.openItemId !== null) latest.current.closeItem();
        else latest.current.setSelection(clearSelection);
      },
      focusSearch: () => latest.current.focusSearch(),
      undo: () => void runHistory(undo, 'Undid', 'Nothing to undo').catch(report),
      redo: () => void runHistory(redo, 'Redid', 'Nothing to redo').catch(report),
      newItem: () => latest.current.openDialog('new'),
      bulkEdit: () => {
        if (actionTargets(latest.current.selection, latest.current.order).length > 0) latest.current.openDialog('bulk');
      },
      deleteSelected: () => {
        const ids = actionTargets(latest.current.selection, latest.current.order);
        if (ids.length > 0) latest.current.confirmDelete(ids);
      },
    }),
    [move, cycleStatus],
  );
}
