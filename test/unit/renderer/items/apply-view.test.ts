import { describe, expect, it } from 'vitest';
import { applyView, isOverdue, type ViewContext } from '../../../../renderer/features/items/apply-view';
import { DEFAULT_VIEW, NONE, type ItemsView } from '../../../../renderer/features/items/view-state';
import { item } from './fixtures';

const items = [
  item('a', { title: 'Alpha', status: 'open', owner: 'Ana', dueDate: '2025-01-10', priority: 'P2', themes: ['canary'] }),
  item('bb', { title: 'bravo', status: 'done', owner: 'Ben', dueDate: '2025-01-05', priority: 'P0', kind: 'detect' }),
  item('ccc', { title: 'Charlie', status: 'blocked', incidentId: null, dueDate: '2025-03-01', themes: ['canary', 'monitoring'] }),
  item('dddd', { title: 'Delta', status: 'wont_do', owner: 'Ana', incidentId: 'inc-2', kind: 'detect' }),
];
const context: ViewContext = {
  today: '2025-02-01',
  searchHits: null,
  incidentTitles: new Map([
    ['inc-1', 'Zebra outage'],
    ['inc-2', 'Apple outage'],
  ]),
};
const titles = (view: Partial<ItemsView>, ctx: Partial<ViewContext> = {}) =>
  applyView(items, { ...DEFAULT_VIEW, sort: 'title', ...view }, { ...context, ...ctx }).map((i) => i.title);

describe('applyView', () => {
  it.each<[string, Partial<ItemsView>, string[]]>([
    ['status', { statuses: ['open', 'blocked'] }, ['Alpha', 'Charlie']],
    ['theme', { theme: 'canary' }, ['Alpha', 'Charlie']],
    ['kind', { kinds: ['detect'] }, ['bravo', 'Delta']],
    ['owner', { owner: 'Ana' }, ['Alpha', 'Delta']],
    ['no owner', { owner: NONE }, ['Charlie']],
    ['incident', { incident: 'inc-2' }, ['Delta']],
    ['made by hand', { incident: NONE }, ['Charlie']],
    ['overdue: open work past its date', { overdue: true }, ['Alpha']],
    ['due range, inclusive', { dueFrom: '2025-01-05', dueTo: '2025-01-10' }, ['Alpha', 'bravo']],
  ])('filters by %s', (_name, view, expected) => {
    expect(titles(view)).toEqual(expected);
  });

  it('keeps only the search hits when searching', () => {
    expect(titles({}, { searchHits: new Set(['ccc', 'a']) })).toEqual(['Alpha', 'Charlie']);
  });

  it('sorts case-insensitively, with missing values last in both directions', () => {
    expect(titles({ sort: 'title', direction: 'desc' })).toEqual(['Delta', 'Charlie', 'bravo', 'Alpha']);
    expect(titles({ sort: 'due', direction: 'asc' })).toEqual(['bravo', 'Alpha', 'Charlie', 'Delta']);
    expect(titles({ sort: 'due', direction: 'desc' })).toEqual(['Charlie', 'Alpha', 'bravo', 'Delta']);
    expect(titles({ sort: 'priority', direction: 'asc' })).toEqual(['bravo', 'Alpha', 'Charlie', 'Delta']);
  });

  it('sorts by the incident title, not its id, with hand-made items last', () => {
    expect(titles({ sort: 'incident' })).toEqual(['Delta', 'Alpha', 'bravo', 'Charlie']);
  });

  it('does not call closed work overdue', () => {
    expect(isOverdue(items[1]!, '2025-02-01')).toBe(false);
    expect(isOverdue(items[0]!, '2025-01-10')).toBe(false);
    expect(isOverdue(items[0]!, '2025-01-11')).toBe(true);
  });
});
