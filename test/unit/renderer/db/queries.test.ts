import { beforeEach, describe, expect, it } from 'vitest';
import {
  createItem,
  db,
  eventsSince,
  importParsedPostmortem,
  listIncidentTitles,
  listIncidentsWithProgress,
  loadAllItems,
  loadStatusChanges,
  queryItems,
  updateItem,
  type ItemFilter,
} from '../../../../renderer/db';
import { itemMatches } from '../../../../renderer/db/queries';
import { parsedPostmortem, resetDatabase } from './builders';

beforeEach(resetDatabase);

async function seed() {
  const incident = await importParsedPostmortem(parsedPostmortem({ itemTitles: ['Alpha', 'Bravo', 'Charlie'] }));
  const incidentId = incident.ok ? incident.incidentId : '';
  const imported = await db.items.where('incidentId').equals(incidentId).sortBy('title');
  await updateItem(imported[0]!.id, { status: 'open', owner: 'Ana', dueDate: '2024-03-01', priority: 'P1' });
  await updateItem(imported[1]!.id, { status: 'in_progress', owner: 'Ben', dueDate: '2024-01-15', priority: 'P0', themes: ['canary'] });
  await updateItem(imported[2]!.id, { status: 'done' });
  await createItem({ title: 'Delta by hand', kind: 'process', status: 'blocked', priority: 'P2', notes: 'waiting on vendor' });
  return incidentId;
}

describe('queryItems', () => {
  it.each<[string, ItemFilter, string[]]>([
    ['everything', {}, ['Alpha', 'Bravo', 'Charlie', 'Delta by hand']],
    ['open work', { statuses: ['open', 'in_progress', 'blocked'] }, ['Alpha', 'Bravo', 'Delta by hand']],
    ['an owner', { owner: 'Ana' }, ['Alpha']],
    ['unassigned', { owner: null }, ['Charlie', 'Delta by hand']],
    ['a theme', { theme: 'canary' }, ['Bravo']],
    ['items made by hand', { incidentId: null }, ['Delta by hand']],
    ['overdue open work', { statuses: ['open', 'in_progress'], dueBefore: '2024-02-01' }, ['Bravo']],
    ['words in notes', { text: 'VENDOR waiting' }, ['Delta by hand']],
    ['priorities', { priorities: ['P0', 'P2'] }, ['Bravo', 'Delta by hand']],
  ])('filters %s', async (_name, filter, titles) => {
    await seed();
    const items = await queryItems(filter, { key: 'title', direction: 'asc' });
    expect(items.map((item) => item.title)).toEqual(titles);
  });

  it('narrows by incident and sorts missing values last in both directions', async () => {
    const incidentId = await seed();
    const ascending = await queryItems({ incidentId }, { key: 'dueDate', direction: 'asc' });
    expect(ascending.map((item) => item.title)).toEqual(['Bravo', 'Alpha', 'Charlie']);
    const descending = await queryItems({}, { key: 'priority', direction: 'desc' });
    expect(descending.map((item) => item.priority)).toEqual(['P2', 'P1', 'P0', null]);
  });

  it('agrees with the in-memory filter whichever index it uses', async () => {
    await seed();
    const all = await db.items.toArray();
    const filters: ItemFilter[] = [{ owner: 'Ben', statuses: ['open'] }, { theme: 'validation', statuses: ['done'] }, { statuses: [] }];
    for (const filter of filters) {
      const expected = all.filter(itemMatches(filter)).map((item) => item.id).sort();
      expect((await queryItems(filter)).map((item) => item.id).sort()).toEqual(expected);
    }
  });
});

describe('listIncidentsWithProgress', () => {
  it('counts each incident’s items by status', async () => {
    await seed();
    await importParsedPostmortem(parsedPostmortem({ itemTitles: ['Echo'], incident: { ...parsedPostmortem().incident, title: 'Later', publishedAt: '2025-01-01T00:00:00.000Z' } }));
    const list = await listIncidentsWithProgress();
    expect(list.map(({ incident, total, closed }) => [incident.title, total, closed])).toEqual([
      ['Later', 1, 0],
      ['Elevated error rates', 3, 1],
    ]);
    expect(list[1]?.byStatus).toMatchObject({ open: 1, in_progress: 1, done: 1, proposed: 0 });
  });
});

describe('listIncidentTitles', () => {
  it('maps every incident id to its title', async () => {
    expect(await listIncidentTitles()).toEqual(new Map());
    const first = await importParsedPostmortem(parsedPostmortem());
    const second = await importParsedPostmortem(parsedPostmortem({ itemTitles: ['Echo'], incident: { ...parsedPostmortem().incident, title: 'Later' } }));
    if (!first.ok || !second.ok) throw new Error('seed import failed');
    expect(await listIncidentTitles()).toEqual(
      new Map([
        [first.incidentId, 'Elevated error rates'],
        [second.incidentId, 'Later'],
      ]),
    );
  });
});

describe('eventsSince', () => {
  it('returns the events at or after a time', async () => {
    await seed();
    const all = await eventsSince('');
    expect(all.length).toBe(await db.events.count());
    const last = all.map((event) => event.at).sort().at(-1)!;
    expect((await eventsSince(last)).every((event) => event.at >= last)).toBe(true);
    expect(await eventsSince('9999')).toEqual([]);
  });
});

describe('whole-table reads for the items list and the dashboard', () => {
  // Read range by range (cut by first hex digit): ids on and around the cuts, and ids that are no UUIDs.
  const ids = ['', '-x', '0', '0fff', '1', '1a', '9~', 'a', 'A', 'e', 'f', 'f0', 'ff', 'item-1', 'zz'];

  it('reads every item once, in id order, and every status change grouped by item in that order', async () => {
    const template = await createItem({ title: 'Template', kind: 'process' });
    await db.items.clear();
    await db.events.clear();
    await db.items.bulkAdd(ids.map((id) => ({ ...template, id })));
    const event = { type: 'changed' as const, meetingId: null, batchId: 'b' };
    await db.events.bulkAdd(
      ids.flatMap((itemId, index) => [
        { ...event, id: `late-${index}`, itemId, at: '2024-02-01T00:00:00.000Z', field: 'status', from: 'open', to: 'done' },
        { ...event, id: `early-${index}`, itemId, at: '2024-01-01T00:00:00.000Z', field: 'status', from: 'proposed', to: 'open' },
        { ...event, id: `title-${index}`, itemId, at: '2024-01-15T00:00:00.000Z', field: 'title', from: 'a', to: 'b' },
        { ...event, id: `created-${index}`, itemId, at: '2023-12-01T00:00:00.000Z', type: 'created', field: null, from: null, to: 'proposed' },
      ]),
    );
    const sorted = [...ids].sort();
    expect((await loadAllItems()).map((item) => item.id)).toEqual(sorted);
    const changes = await loadStatusChanges();
    expect(changes.map((change) => change.id)).toEqual(sorted.flatMap((id) => [`early-${ids.indexOf(id)}`, `late-${ids.indexOf(id)}`]));
  });
});
