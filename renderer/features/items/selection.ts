/**
 * Row selection of the items table, as pure transitions: a cursor (the row the keyboard
 * is on), a set of selected rows, and the anchor that shift-click ranges start from.
 * Rows are named by item id, so a re-sort or a live update keeps the selection.
 */
export interface RowOrder {
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
}

export interface Selection {
  cursor: string | null;
  anchor: string | null;
  selected: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = { cursor: null, anchor: null, selected: new Set() };

export function rowOrder(ids: readonly string[]): RowOrder {
  return { ids, indexOf: new Map(ids.map((id, index) => [id, index])) };
}

function range(order: RowOrder, from: string, to: string): string[] {
  const a = order.indexOf.get(from);
  const b = order.indexOf.get(to);
  if (a === undefined || b === undefined) return [to];
  return order.ids.slice(Math.min(a, b), Math.max(a, b) + 1) as string[];
}

export type ClickMode = 'replace' | 'toggle' | 'range';

/** Plain click selects one row; Ctrl/Cmd-click toggles one; shift-click selects from the anchor. */
export function clickRow(state: Selection, order: RowOrder, id: string, mode: ClickMode): Selection {
  if (mode === 'toggle') {
    const selected = new Set(state.selected);
    if (selected.has(id)) selected.delete(id);
    else selected.add(id);
    return { cursor: id, anchor: id, selected };
  }
  if (mode === 'range' && state.anchor !== null) {
    return { cursor: id, anchor: state.anchor, selected: new Set(range(order, state.anchor, id)) };
  }
  return { cursor: id, anchor: id, selected: new Set([id]) };
}

/** Moves the cursor by `delta` rows; with `extend`, the selection grows from the anchor as with shift-click. */
export function moveCursor(state: Selection, order: RowOrder, delta: number, extend: boolean): Selection {
  if (order.ids.length === 0) return state;
  const current = state.cursor === null ? undefined : order.indexOf.get(state.cursor);
  const index = current === undefined ? (delta > 0 ? 0 : order.ids.length - 1) : current + delta;
  const cursor = order.ids[Math.max(0, Math.min(order.ids.length - 1, index))]!;
  if (!extend) return { ...state, cursor, anchor: cursor };
  const anchor = state.anchor ?? state.cursor ?? cursor;
  return { cursor, anchor, selected: new Set(range(order, anchor, cursor)) };
}

export function toggleCursorRow(state: Selection): Selection {
  if (state.cursor === null) return state;
  const selected = new Set(state.selected);
  if (selected.has(state.cursor)) selected.delete(state.cursor);
  else selected.add(state.cursor);
  return { ...state, selected };
}

export function selectAll(state: Selection, order: RowOrder): Selection {
  return { ...state, selected: new Set(order.ids) };
}

export function clearSelection(state: Selection): Selection {
  return { ...state, selected: new Set() };
}

/**
 * The items an action applies to: the selected rows still in view, or else the row
 * under the cursor.
 */
export function actionTargets(state: Selection, order: RowOrder): string[] {
  const selected = [...state.selected].filter((id) => order.indexOf.has(id));
  if (selected.length > 0) return selected;
  return state.cursor !== null && order.indexOf.has(state.cursor) ? [state.cursor] : [];
}

/**
 * The selection once `removed` rows are gone: nothing selected, and the cursor on the
 * nearest remaining row after the cursor (else before it), so the keyboard carries on from there.
 */
export function withoutRows(state: Selection, order: RowOrder, removed: readonly string[]): Selection {
  const gone = new Set(removed);
  const start = state.cursor === null ? undefined : order.indexOf.get(state.cursor);
  if (start === undefined || !gone.has(state.cursor!)) return { ...state, selected: new Set() };
  const after = order.ids.slice(start + 1).find((id) => !gone.has(id));
  const before = order.ids.slice(0, start).findLast((id) => !gone.has(id));
  const cursor = after ?? before ?? null;
  return { cursor, anchor: cursor, selected: new Set() };
}
