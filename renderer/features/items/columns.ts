/** The items table's columns: order, labels, sizes, and which column a header sorts by. */
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

interface ColumnWidthState {
  widths: Partial<Record<ColumnId, number>>;
  setWidth(id: ColumnId, width: number): void;
}

/** Widths the user dragged columns to, remembered in localStorage. */
export const useColumnWidths = create<ColumnWidthState>()(
  persist(
    (set) => ({
      widths: {},
      setWidth: (id, width) => {
        const column = COLUMNS.find((c) => c.id === id)!;
        const clamped = Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(column.minWidth, width)));
        set((state) => ({ widths: { ...state.widths, [id]: clamped } }));
      },
    }),
    { name: 'followthrough.item-columns', storage: createJSONStorage(() => localStorage) },
  ),
);

/** The grid's column template: the item column takes whatever room the others leave. */
export function gridTemplate(widths: Partial<Record<ColumnId, number>>): string {
  return COLUMNS.map((column) => {
    const width = `${columnWidth(column, widths)}px`;
    return column.id === 'title' ? `minmax(${width}, 1fr)` : width;
  }).join(' ');
}

export function columnWidth(column: Column, widths: Partial<Record<ColumnId, number>>): number {
  return widths[column.id] ?? column.width;
}
