import { describe, expect, it } from 'vitest';
import {
  clearedView,
  DEFAULT_VIEW,
  isFiltered,
  viewFromParams,
  viewToParams,
  type ItemsView,
} from '../../../../renderer/features/items/view-state';

describe('the items view in the route', () => {
  it('round-trips every filter through the query string', () => {
    const view: ItemsView = {
      statuses: ['open', 'blocked'],
      themes: ['canary', 'validation'],
      kinds: ['detect'],
      owner: 'Ana Ruiz',
      incident: 'inc-7',
      overdue: true,
      dueFrom: '2025-01-01',
      dueTo: '2025-03-31',
      organization: 'Acme Cloud',
      incidentFrom: '2024-01-01',
      incidentTo: '2024-06-30',
      failureTheme: 'bad-deploy',
      itemIds: ['item-1', 'item-9'],
      ageMin: 31,
      ageMax: 90,
      search: 'queue depth',
      sort: 'priority',
      direction: 'desc',
    };
    const query = viewToParams(view).toString();
    expect(query).toBe(
      'status=open&status=blocked&theme=canary&theme=validation&kind=detect&owner=Ana+Ruiz&incident=inc-7&overdue=1' +
        '&due_from=2025-01-01&due_to=2025-03-31&org=Acme+Cloud&incident_from=2024-01-01&incident_to=2024-06-30' +
        '&failure=bad-deploy&id=item-1&id=item-9&age_min=31&age_max=90&q=queue+depth&sort=priority&dir=desc',
    );
    expect(viewFromParams(new URLSearchParams(query))).toEqual(view);
  });

  it('keeps an age of zero days, which is a real bound', () => {
    const view = viewFromParams(viewToParams({ ...DEFAULT_VIEW, ageMin: 0, ageMax: 7 }));
    expect([view.ageMin, view.ageMax]).toEqual([0, 7]);
  });

  it('reads the single theme of saved views and older URLs', () => {
    expect(viewFromParams(new URLSearchParams('theme=canary')).themes).toEqual(['canary']);
  });

  it('leaves the defaults out, so the plain page has a plain URL', () => {
    expect(viewToParams(DEFAULT_VIEW).toString()).toBe('');
    expect(isFiltered(DEFAULT_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, sort: 'age' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, overdue: true })).toBe(true);
    expect(isFiltered({ ...DEFAULT_VIEW, organization: 'Acme' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_VIEW, ageMin: 0 })).toBe(true);
  });

  it('clears every filter, the dashboard scope included, and keeps the sort', () => {
    const view = viewFromParams(new URLSearchParams('org=Acme&incident_from=2024-01-01&failure=dns&age_min=8&theme=canary&sort=age&dir=desc'));
    expect(clearedView(view)).toEqual({ ...DEFAULT_VIEW, sort: 'age', direction: 'desc' });
  });

  it('ignores values a hand-edited or old URL may carry', () => {
    const view = viewFromParams(
      new URLSearchParams('status=nope&status=done&kind=x&due_from=2025-13&incident_to=soon&age_min=-3&age_max=1e3&sort=colour&dir=up&overdue=yes&org='),
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, statuses: ['done'] });
  });
});
