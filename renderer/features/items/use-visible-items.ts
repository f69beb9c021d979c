import { useDeferredValue, useMemo, useState } from 'react';
import type { ActionItem } from '../../../shared/model';
import { applyView } from './apply-view';
import { ItemSearchIndex } from './search-index';
import type { ItemsView } from './view-state';

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
  const [index] = useState(() => new ItemSearchIndex());
  const search = useDeferredValue(view.search.trim());
  const searchHits = useMemo(() => {
    if (search === '') return null;
    index.sync(items);
    return index.search(search);
  }, [index, items, search]);
  return useMemo(
    () => applyView(items, view, { today, searchHits, incidentTitles }),
    [items, view, today, searchHits, incidentTitles],
  );
}
