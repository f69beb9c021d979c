import { useDeferredValue, useMemo } from 'react';
import type { ActionItem } from '../../../shared/model';
import { applyView, type ViewContext } from './apply-view';
import { ItemSearchIndex } from './search-index';
import type { Lookups } from './use-lookups';
import { viewToParams, type ItemsView } from './view-state';

/** One index for the app's lifetime: it follows the item list incrementally. */
const searchIndex = new ItemSearchIndex();

interface LastResult {
  items: readonly ActionItem[];
  key: string;
  searchHits: ViewContext['searchHits'];
  lookups: Lookups | null;
  rows: ActionItem[];
}

/**
 * The last result, kept across visits to the page: sorting 100,000 items is the
 * costliest part of drawing the table, and returning to an unchanged list needs none.
 */
let last: LastResult | null = null;

/** Whether the view reads the lookups: sorting by incident title, or the dashboard's scope. */
function readsLookups(view: ItemsView): boolean {
  return view.sort === 'incident' || Boolean(view.organization || view.incidentFrom || view.incidentTo || view.failureTheme);
}

function cachedApplyView(items: readonly ActionItem[], view: ItemsView, lookups: Lookups, context: ViewContext): ActionItem[] {
  // The time matters only to the age filter; elsewhere, the day will do.
  const readsAge = view.ageMin !== null || view.ageMax !== null;
  const key = `${viewToParams(view).toString()}|${readsAge ? context.now : context.today}`;
  const lookupsRead = readsLookups(view) ? lookups : null;
  if (last && last.items === items && last.key === key && last.searchHits === context.searchHits && last.lookups === lookupsRead) {
    return last.rows;
  }
  const rows = applyView(items, view, context);
  last = { items, key, searchHits: context.searchHits, lookups: lookupsRead, rows };
  return rows;
}

/**
 * The items the table shows for a view. The search runs on a deferred copy of the
 * query, so typing stays responsive while a large list is filtered.
 */
export function useVisibleItems(
  items: readonly ActionItem[],
  view: ItemsView,
  lookups: Lookups,
  today: string,
  now: number,
): ActionItem[] {
  const search = useDeferredValue(view.search.trim());
  const searchHits = useMemo(() => {
    if (search === '') return null;
    searchIndex.sync(items);
    return searchIndex.search(search);
  }, [items, search]);
  return useMemo(
    () =>
      cachedApplyView(items, view, lookups, {
        today,
        now,
        searchHits,
        incidentTitles: lookups.incidentTitles,
        incidents: lookups.incidents,
        themes: lookups.themes,
      }),
    [items, view, lookups, today, now, searchHits],
  );
}
