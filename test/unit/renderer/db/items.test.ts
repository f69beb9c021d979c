import { beforeEach, describe, expect, it } from 'vitest';
import {
  addOwner,
  bulkUpdateItems,
  createItem,
  db,
  eventsForItem,
  importParsedPostmortem,
  listOwners,
  TrackerRuleError,
  undo,
  updateItem,
  updateOwner,
} from '../../../../renderer/db';
import { parsedPostmortem, resetDatabase } from './builders';

beforeEach(resetDatabase);

describe('createItem', () => {
  it('stores a stand-alone item as open with the default theme and a created event', async () => {
    const item = await createItem({ title: '  Rotate the TLS certificates  ', kind: 'prevent', owner: 'Sam' });
    expect(item).toMatchObject({ title: 'Rotate the TLS certificates', incidentId: null, status: 'open', themes: ['other'] });
    expect(await db.items.get(item.id)).toEqual(item);
    expect(await eventsForItem(item.id)).toMatchObject([{ type: 'created', to: 'open' }]);
    expect((await listOwners()).map((owner) => owner.name)).toEqual(['Sam']);
  });

  it('refuses an invalid item and writes nothing', async () => {
    await expect(createItem({ title: '', kind: 'prevent' })).rejects.toThrow(TrackerRuleError);
    await expect(createItem({ title: 'x', kind: 'prevent', status: 'wont_do' })).rejects.toThrow(/reason/);
    await expect(createItem({ title: 'x', kind: 'prevent', incidentId: 'nope' })).rejects.toThrow(/incident/);
    expect(await db.items.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});

describe('updateItem', () => {
  it('writes one changed event per field, in one batch, with the meeting', async () => {
    const item = await createItem({ title: 'Add alerts', kind: 'detect' });
    const updated = await updateItem(item.id, { status: 'done', owner: 'Ana', dueDate: '2024-05-01' }, { meetingId: 'm1' });
    expect(updated).toMatchObject({ status: 'done', owner: 'Ana', dueDate: '2024-05-01' });
    expect(updated.closedAt).not.toBeNull();
    expect(updated.editedFields.sort()).toEqual(['dueDate', 'owner', 'status']);
    const changes = (await eventsForItem(item.id)).filter((event) => event.type === 'changed');
    expect(changes.map(({ field, from, to, meetingId }) => ({ field, from, to, meetingId }))).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'open', to: 'done', meetingId: 'm1' },
        { field: 'owner', from: null, to: 'Ana', meetingId: 'm1' },
        { field: 'dueDate', from: null, to: '2024-05-01', meetingId: 'm1' },
      ]),
    );
    expect(changes).toHaveLength(3);
    expect(new Set(changes.map((event) => event.batchId)).size).toBe(1);
  });

  it('writes nothing for a change to the same value', async () => {
    const item = await createItem({ title: 'Add alerts', kind: 'detect', themes: ['monitoring'] });
    await updateItem(item.id, { title: 'Add alerts', themes: ['monitoring'] });
    expect(await db.events.count()).toBe(1);
    expect((await db.items.get(item.id))?.updatedAt).toBe(item.updatedAt);
  });

  it('clears closedAt when a closed item is reopened', async () => {
    const item = await createItem({ title: 'Add alerts', kind: 'detect', status: 'done' });
    expect(item.closedAt).not.toBeNull();
    expect((await updateItem(item.id, { status: 'open' })).closedAt).toBeNull();
  });

  it("needs a reason to mark an item won't do, and refuses unknown fields and bad values", async () => {
    const item = await createItem({ title: 'Add alerts', kind: 'detect' });
    await expect(updateItem(item.id, { status: 'wont_do' })).rejects.toThrow(/reason/);
    await expect(updateItem(item.id, { dueDate: 'tomorrow' })).rejects.toThrow(/dueDate/);
    await expect(updateItem(item.id, { incidentId: 'x' } as never)).rejects.toThrow(TrackerRuleError);
    await updateItem(item.id, { status: 'wont_do', wontDoReason: 'Service retired' });
    expect((await db.items.get(item.id))?.status).toBe('wont_do');
    expect(await db.events.count()).toBe(3);
  });
});

describe('bulkUpdateItems', () => {
  it('changes every item in one batch and skips items already matching', async () => {
    const a = await createItem({ title: 'A', kind: 'detect' });
    const b = await createItem({ title: 'B', kind: 'detect' });
    const c = await createItem({ title: 'C', kind: 'detect', priority: 'P1' });
    const changed = await bulkUpdateItems([a.id, b.id, c.id, 'missing'], { priority: 'P1' });
    expect(changed).toBe(2);
    const events = (await db.events.toArray()).filter((event) => event.type === 'changed');
    expect(events.map((event) => event.itemId).sort()).toEqual([a.id, b.id].sort());
    expect(events[0]?.batchId).toBe(events[1]?.batchId);
  });

  it('works a patch out of each item when asked, still as one undo step', async () => {
    const a = await createItem({ title: 'A', kind: 'detect', themes: ['monitoring'] });
    const b = await createItem({ title: 'B', kind: 'detect', themes: ['canary'] });
    const changed = await bulkUpdateItems([a.id, b.id], (item) => ({ themes: [...new Set([...item.themes, 'canary'])] }));
    expect(changed).toBe(1);
    expect((await db.items.get(a.id))?.themes).toEqual(['monitoring', 'canary']);
    expect((await db.items.get(b.id))?.themes).toEqual(['canary']);
    await undo();
    expect((await db.items.get(a.id))?.themes).toEqual(['monitoring']);
  });

  it('checks a patch worked out of an item like any other, and writes nothing when one is invalid', async () => {
    const a = await createItem({ title: 'A', kind: 'detect' });
    const b = await createItem({ title: 'B', kind: 'detect' });
    await expect(bulkUpdateItems([a.id, b.id], (item) => (item.id === b.id ? { title: '' } : { title: 'Renamed' }))).rejects.toThrow(/title/i);
    expect((await db.items.get(a.id))?.title).toBe('A');
  });
});

describe('updateOwner', () => {
  it("carries a rename to the owner's items, with events", async () => {
    const owner = await addOwner('Dana', 'SRE');
    const item = await createItem({ title: 'A', kind: 'detect', owner: 'Dana' });
    await updateOwner(owner.id, { name: 'Dana K.' });
    expect((await db.items.get(item.id))?.owner).toBe('Dana K.');
    expect((await eventsForItem(item.id)).at(-1)).toMatchObject({ field: 'owner', from: 'Dana', to: 'Dana K.' });
    await expect(addOwner('Dana K.')).rejects.toThrow(/already/);
  });
});

describe('imported items', () => {
  it('record edited fields, which a later version of the document leaves alone', async () => {
    await importParsedPostmortem(parsedPostmortem({ itemTitles: ['A'] }));
    const [item] = await db.items.toArray();
    await updateItem(item!.id, { kind: 'process' });
    expect((await db.items.get(item!.id))?.editedFields).toEqual(['kind']);
  });
});
