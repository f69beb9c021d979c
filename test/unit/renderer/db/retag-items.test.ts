import { beforeEach, describe, expect, it } from 'vitest';
import { createItem, db, getUndoState, importParsedPostmortem, retagItems, undo, updateItem } from '../../../../renderer/db';
import { parsedPostmortem, resetDatabase } from './builders';

beforeEach(resetDatabase);

async function importedItems() {
  const outcome = await importParsedPostmortem(parsedPostmortem({ itemTitles: ['Alpha', 'Bravo', 'Charlie'] }));
  if (!outcome.ok) throw new Error(outcome.reason);
  return db.items.where('incidentId').equals(outcome.incidentId).sortBy('title');
}

describe('retagItems', () => {
  it('gives each item its themes as one undo step, without marking them as hand-edited', async () => {
    const [alpha, bravo] = await importedItems();
    expect(await retagItems([
      { id: alpha!.id, themes: ['validation', 'canary'] },
      { id: bravo!.id, themes: ['canary'] },
    ])).toBe(2);

    const [storedAlpha, storedBravo] = await db.items.bulkGet([alpha!.id, bravo!.id]);
    expect(storedAlpha).toMatchObject({ themes: ['validation', 'canary'], editedFields: [] });
    expect(storedBravo).toMatchObject({ themes: ['canary'], editedFields: [] });
    const events = await db.events.filter((event) => event.field === 'themes').toArray();
    expect(events.map(({ from, to }) => ({ from, to }))).toEqual(
      expect.arrayContaining([
        { from: ['validation'], to: ['validation', 'canary'] },
        { from: ['validation'], to: ['canary'] },
      ]),
    );
    expect(new Set(events.map((event) => event.batchId)).size).toBe(1);
    expect(await getUndoState()).toEqual({ undo: 'Re-tag 2 items', redo: null });

    expect(await undo()).toBe('Re-tag 2 items');
    expect((await db.items.bulkGet([alpha!.id, bravo!.id])).map((item) => item?.themes)).toEqual([['validation'], ['validation']]);
  });

  it('leaves hand-picked themes, unchanged and unknown items alone', async () => {
    const [alpha, bravo, charlie] = await importedItems();
    await updateItem(alpha!.id, { themes: ['monitoring'] });
    const byHand = await createItem({ title: 'Delta', kind: 'detect', themes: ['other'] });
    const before = await getUndoState();

    expect(await retagItems([
      { id: alpha!.id, themes: ['canary'] },
      { id: bravo!.id, themes: ['validation'] },
      { id: 'gone', themes: ['canary'] },
    ])).toBe(0);
    expect((await db.items.get(alpha!.id))?.themes).toEqual(['monitoring']);
    expect(await getUndoState()).toEqual(before);

    expect(await retagItems([{ id: charlie!.id, themes: ['canary'] }, { id: byHand.id, themes: ['canary'] }])).toBe(2);
    expect(await getUndoState()).toMatchObject({ undo: 'Re-tag 2 items' });
  });

  it('refuses themes that are not a list of theme ids and writes nothing', async () => {
    const [alpha] = await importedItems();
    const eventCount = await db.events.count();
    await expect(retagItems([{ id: alpha!.id, themes: [42 as unknown as string] }])).rejects.toThrow(/themes/);
    expect(await db.events.count()).toBe(eventCount);
  });
});
