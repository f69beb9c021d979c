import { useDeferredValue, useMemo } from 'react';
import type { ActionItem } from '../../../shared/model';
import { applyView, type ViewContext } from './apply-view';
import { ItemSearchIndex } from './search-index';
import { viewToParams, type ItemsView } from './view-state';

/** One index for the app's lifetime: it follows the item list incrementally. */
const searchIndex = new ItemSearchIndex();

interface LastResult {
  items: readonly ActionItem[];
  key: string;
  searchHits: ViewContext['searchHits'];
  incidentTitles: ViewContext['incidentTitles'] | null;
  rows: ActionItem[];
}

/**
 * The last result, kept across visits to the page: sorting 100,000 items is the
 * costliest part of drawing the table, and returning to an unchanged list needs none.
 */
let last: LastResult | null = null;

function cachedApplyView(items: readonly ActionItem[], view: ItemsView, context: ViewContext): ActionItem[] {
  const key = `${viewToParams(view).toString()}|${context.today}`;
  // Incident titles matter only to the incident sort.
  const incidentTitles = view.sort === 'incident' ? context.incidentTitles : null;
  if (last && last.items === items && last.key === key && last.searchHits === context.searchHits && last.incidentTitles === incidentTitles) {
    return last.rows;
  }
  const rows = applyView(items, view, context);
  last = { items, key, searchHits: context.searchHits, incidentTitles, rows };
  return rows;
}

/**
 * The items the table shows for a view. The search runs on a deferred copy of the
 * query, so typing stays responsive while a large list is filtered.
 */
export function useVisibleItems(
  items: readonly ActionItem[],
  view: ItemsView,
  incidentTitles: ReadonlyMap<string, string>,
  today: string,
): ActionItem[] {
  const search = useDeferredValue(view.search.trim());
  const searchHits = useMemo(() => {
    if (search === '') return null;
    searchIndex.sync(items);
    return searchIndex.search(search);
  }, [items, search]);
  return useMemo(
    () => cachedApplyView(items, view, { today, searchHits, incidentTitles }),
    [items, view, today, searchHits, incidentTitles],
  );
}
