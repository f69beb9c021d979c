import { createContext, useCallback, useContext } from 'react';
import { itemsHref, openItems, type ItemsQuery } from './items-link';

/** Narrows a click-through query to the dashboard's current scope; identity by default. */
export const DrillDownScopeContext = createContext<(query: ItemsQuery) => ItemsQuery>((query) => query);

export interface DrillDown {
  href(query: ItemsQuery): string;
  open(query: ItemsQuery): void;
}

/** Links and navigation to the items table, scoped like the dashboard. */
export function useDrillDown(): DrillDown {
  const scope = useContext(DrillDownScopeContext);
  const href = useCallback((query: ItemsQuery) => itemsHref(scope(query)), [scope]);
  const open = useCallback((query: ItemsQuery) => openItems(scope(query)), [scope]);
  return { href, open };
}
