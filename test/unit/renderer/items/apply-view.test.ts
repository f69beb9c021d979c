import { describe, expect, it } from 'vitest';
import { applyView, isOverdue, type ViewContext } from '../../../../renderer/features/items/apply-view';
import { DEFAULT_VIEW, NONE, type ItemsView } from '../../../../renderer/features/items/view-state';
import { DEFAULT_THEMES } from '../../../../shared/taxonomy';
import { incidentRecord } from '../../builders';
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
  incidents: [
    incidentRecord('inc-1', { organization: 'Acme', startedAt: '2024-03-10T08:00:00.000Z', failureThemes: ['bad-deploy'] }),
    incidentRecord('inc-2', { organization: 'Globex', startedAt: '2024-05-20T08:00:00.000Z', failureThemes: ['dns'] }),
  ],
  themes: DEFAULT_THEMES,
  // Items 'a' to 'dddd' were created on 2025-01-01 to 2025-01-04, at midnight UTC.
  now: Date.parse('2025-01-11T12:00:00.000Z'),
};
const titles = (view: Partial<ItemsView>, ctx: Partial<ViewContext> = {}) =>
  applyView(items, { ...DEFAULT_VIEW, sort: 'title', ...view }, { ...context, ...ctx }).map((i) => i.title);

describe('applyView', () => {
  it('finds items with no theme under "other", where the dashboard charts them', () => {
    const unthemed = item('e', { title: 'Echo', themes: [] });
    const found = applyView([...items, unthemed], { ...DEFAULT_VIEW, themes: ['other'] }, context);
    expect(found.map((i) => i.title)).toEqual(['Echo']);
  });

  it.each<[string, Partial<ItemsView>, string[]]>([
    ['status', { statuses: ['open', 'blocked'] }, ['Alpha', 'Charlie']],
    ['theme', { themes: ['canary'] }, ['Alpha', 'Charlie']],
    ['every one of several themes', { themes: ['canary', 'monitoring'] }, ['Charlie']],
    ['kind', { kinds: ['detect'] }, ['bravo', 'Delta']],
    ['owner', { owner: 'Ana' }, ['Alpha', 'Delta']],
    ['no owner', { owner: NONE }, ['Charlie']],
    ['incident', { incident: 'inc-2' }, ['Delta']],
    ['made by hand', { incident: NONE }, ['Charlie']],
    ['overdue: open work past its date', { overdue: true }, ['Alpha']],
    ['due range, inclusive', { dueFrom: '2025-01-05', dueTo: '2025-01-10' }, ['Alpha', 'bravo']],
    ['organization, leaving out items made by hand', { organization: 'Acme' }, ['Alpha', 'bravo']],
    ['incident date, inclusive', { incidentFrom: '2024-05-20', incidentTo: '2024-05-20' }, ['Delta']],
    ['incident date, by creation for items made by hand', { incidentFrom: '2025-01-03', incidentTo: '2025-01-03' }, ['Charlie']],
    ['failure theme: the items of its incidents', { failureTheme: 'dns' }, ['Delta']],
    // Alpha and bravo came from the bad deploy; Charlie (canary) and Delta (validation) address bad deploys.
    ['failure theme: with the work elsewhere that addresses it', { failureTheme: 'bad-deploy' }, ['Alpha', 'bravo', 'Charlie', 'Delta']],
    ['item ids', { itemIds: ['dddd', 'a', 'gone'] }, ['Alpha', 'Delta']],
    ['age in whole days, inclusive', { ageMin: 8, ageMax: 9 }, ['bravo', 'Charlie']],
    ['age with no upper bound', { ageMin: 10, ageMax: null }, ['Alpha']],
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
