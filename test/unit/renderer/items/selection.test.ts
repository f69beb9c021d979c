import { describe, expect, it } from 'vitest';
import {
  actionTargets,
  clickRow,
  EMPTY_SELECTION,
  moveCursor,
  rowOrder,
  selectAll,
  toggleCursorRow,
  withoutRows,
} from '../../../../renderer/features/items/selection';

const order = rowOrder(['a', 'b', 'c', 'd', 'e']);
const ids = (set: ReadonlySet<string>) => [...set].sort();

describe('row selection', () => {
  it('selects one row on click, toggles with Ctrl/Cmd and selects a range with Shift', () => {
    let state = clickRow(EMPTY_SELECTION, order, 'b', 'replace');
    expect(ids(state.selected)).toEqual(['b']);
    state = clickRow(state, order, 'd', 'range');
    expect(ids(state.selected)).toEqual(['b', 'c', 'd']);
    state = clickRow(state, order, 'c', 'toggle');
    expect(ids(state.selected)).toEqual(['b', 'd']);
    // The toggled row becomes the anchor of the next range, upwards this time.
    state = clickRow(state, order, 'a', 'range');
    expect(ids(state.selected)).toEqual(['a', 'b', 'c']);
  });

  it('moves the cursor within bounds and extends the selection from the anchor', () => {
    let state = moveCursor(EMPTY_SELECTION, order, 1, false);
    expect(state.cursor).toBe('a');
    state = moveCursor(state, order, -1, false);
    expect(state.cursor).toBe('a');
    state = moveCursor(moveCursor(state, order, 1, true), order, 1, true);
    expect(state.cursor).toBe('c');
    expect(ids(state.selected)).toEqual(['a', 'b', 'c']);
    state = moveCursor(state, order, 10, false);
    expect(state.cursor).toBe('e');
  });

  it('acts on the selection still in view, or else on the cursor row', () => {
    let state = selectAll(EMPTY_SELECTION, order);
    expect(actionTargets(state, rowOrder(['b', 'x']))).toEqual(['b']);
    state = toggleCursorRow({ ...EMPTY_SELECTION, cursor: 'c' });
    expect(actionTargets(state, order)).toEqual(['c']);
    expect(actionTargets({ ...EMPTY_SELECTION, cursor: 'e' }, order)).toEqual(['e']);
    expect(actionTargets({ ...EMPTY_SELECTION, cursor: 'z' }, order)).toEqual([]);
  });

  it('moves the cursor past deleted rows, to the next remaining one or else the one before', () => {
    const state = { cursor: 'b', anchor: 'b', selected: new Set(['b', 'c', 'e']) };
    expect(withoutRows(state, order, ['b', 'c'])).toEqual({ cursor: 'd', anchor: 'd', selected: new Set() });
    expect(withoutRows({ ...state, cursor: 'd' }, order, ['d', 'e'])).toEqual({ cursor: 'c', anchor: 'c', selected: new Set() });
    expect(withoutRows({ ...state, cursor: 'a' }, order, ['b'])).toEqual({ cursor: 'a', anchor: 'b', selected: new Set() });
    expect(withoutRows({ ...state, cursor: 'a' }, rowOrder(['a']), ['a']).cursor).toBeNull();
  });
});
