/** The items table's columns: order, labels, sizes, which are shown, and which column a header sorts by. */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { SortColumn } from './view-state';

export const COLUMN_IDS = ['title', 'incident', 'kind', 'themes', 'owner', 'due', 'status', 'priority', 'age'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export interface Column {
  id: ColumnId;
  label: string;
  width: number;
  minWidth: number;
  /** The sort this column's header applies; null when it cannot sort. */
  sort: SortColumn | null;
}

export const COLUMNS: readonly Column[] = [
  { id: 'title', label: 'Item', width: 210, minWidth: 140, sort: 'title' },
  { id: 'incident', label: 'Incident', width: 140, minWidth: 80, sort: 'incident' },
  { id: 'kind', label: 'Kind', width: 80, minWidth: 56, sort: 'kind' },
  { id: 'themes', label: 'Themes', width: 140, minWidth: 80, sort: null },
  { id: 'owner', label: 'Owner', width: 100, minWidth: 56, sort: 'owner' },
  { id: 'due', label: 'Due', width: 72, minWidth: 56, sort: 'due' },
  { id: 'status', label: 'Status', width: 104, minWidth: 72, sort: 'status' },
  { id: 'priority', label: 'Priority', width: 70, minWidth: 56, sort: 'priority' },
  { id: 'age', label: 'Age', width: 52, minWidth: 44, sort: 'age' },
];

export const MAX_COLUMN_WIDTH = 800;

interface ColumnLayoutState {
  widths: Partial<Record<ColumnId, number>>;
  /** Columns the user hid; the item column is always shown. */
  hidden: ColumnId[];
  setWidth(id: ColumnId, width: number): void;
  setShown(id: ColumnId, shown: boolean): void;
}

/** Widths the user dragged columns to and the columns they hid, remembered in localStorage. */
export const useColumnLayout = create<ColumnLayoutState>()(
  persist(
    (set) => ({
      widths: {},
      hidden: [],
      setWidth: (id, width) => {
        const column = COLUMNS.find((c) => c.id === id)!;
        const clamped = Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(column.minWidth, width)));
        set((state) => ({ widths: { ...state.widths, [id]: clamped } }));
      },
      setShown: (id, shown) => {
        if (id === ALWAYS_SHOWN) return;
        set((state) => ({ hidden: shown ? state.hidden.filter((h) => h !== id) : [...new Set([...state.hidden, id])] }));
      },
    }),
    { name: 'followthrough.item-columns', storage: createJSONStorage(() => localStorage) },
  ),
);

/** The item column: it says what each row is, so it cannot be hidden. */
export const ALWAYS_SHOWN: ColumnId = 'title';

export function isShown(id: ColumnId, hidden: readonly ColumnId[]): boolean {
  return id === ALWAYS_SHOWN || !hidden.includes(id);
}

export function visibleColumns(hidden: readonly ColumnId[]): Column[] {
  return COLUMNS.filter((column) => isShown(column.id, hidden));
}

/** The grid's column template: the item column takes whatever room the others leave. */
export function gridTemplate(columns: readonly Column[], widths: Partial<Record<ColumnId, number>>): string {
  return columns
    .map((column) => {
      const width = `${columnWidth(column, widths)}px`;
      return column.id === ALWAYS_SHOWN ? `minmax(${width}, 1fr)` : width;
    })
    .join(' ');
}

export function columnWidth(column: Column, widths: Partial<Record<ColumnId, number>>): number {
  return widths[column.id] ?? column.width;
}
