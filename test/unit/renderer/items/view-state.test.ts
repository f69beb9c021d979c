import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, isFiltered, viewFromParams, viewToParams, type ItemsView } from '../../../../renderer/features/items/view-state';

describe('the items view in the route', () => {
  it('round-trips every filter through the query string', () => {
    const view: ItemsView = {
      statuses: ['open', 'blocked'],
      theme: 'canary',
      kinds: ['detect'],
      owner: 'Ana Ruiz',
      incident: 'inc-7',
      overdue: true,
      dueFrom: '2025-01-01',
      dueTo: '2025-03-31',
      search: 'queue depth',
      sort: 'priority',
      direction: 'desc',
    };
    const query = viewToParams(view).toString();
    expect(query).toBe(
      'status=open&status=blocked&theme=canary&kind=detect&owner=Ana+Ruiz&incident=inc-7&overdue=1&due_from=2025-01-01&due_to=2025-03-31&q=queue+depth&sort=priority&dir=desc',
    );
    expect(viewFromParams(new URLSearchParams(query))).toEqual(view);
  });

  it('leaves the defaults out, so the plain page has a plain URL', () => {
    expect(viewToParams(DEFAULT_VIEW).toString()).toBe('');
    expect(isFiltered(DEFAULT_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, sort: 'age' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, overdue: true })).toBe(true);
  });

  it('ignores values a hand-edited or old URL may carry', () => {
    const view = viewFromParams(new URLSearchParams('status=nope&status=done&kind=x&due_from=2025-13&sort=colour&dir=up&overdue=yes'));
    expect(view).toEqual({ ...DEFAULT_VIEW, statuses: ['done'] });
  });
});
