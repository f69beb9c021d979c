import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  db,
  eventsForItem,
  findKnownIncident,
  importParsedPostmortem,
  importParsedPostmortems,
  queryItems,
  trackerHasData,
  updateItem,
} from '../../../../renderer/db';
import { extractedItem, parsedPostmortem, resetDatabase, tableCounts } from './builders';

beforeEach(resetDatabase);

describe('importParsedPostmortem', () => {
  it('stores the incident, its items as proposed and one created event per item', async () => {
    const outcome = await importParsedPostmortem(parsedPostmortem());
    expect(outcome).toMatchObject({ ok: true, status: 'created', itemsAdded: 2 });
    const items = await db.items.toArray();
    expect(items.map((item) => item.status)).toEqual(['proposed', 'proposed']);
    const events = await db.events.toArray();
    expect(events.map((event) => [event.type, event.to])).toEqual([
      ['created', 'proposed'],
      ['created', 'proposed'],
    ]);
    expect(new Set(events.map((event) => event.batchId)).size).toBe(1);
    const [incident] = await db.incidents.toArray();
    expect(incident?.sourceText).toBe(parsedPostmortem().text);
  });

  it('imports only the accepted items, and items the text reports done as done', async () => {
    const parsed = parsedPostmortem({ itemTitles: ['One', 'Two', 'Three'] });
    const accepted = [parsed.items[0]!, { ...parsed.items[2]!, done: true }];
    await importParsedPostmortem(parsed, { acceptedItems: accepted });
    const items = await queryItems({}, { key: 'title', direction: 'asc' });
    expect(items.map((item) => [item.title, item.status, item.closedAt !== null])).toEqual([
      ['One', 'proposed', false],
      ['Three', 'done', true],
    ]);
  });

  describe('when the write fails half way', () => {
    const failEventWrites = (error: () => Error) => {
      const hook = () => {
        throw error();
      };
      db.events.hook('creating', hook);
      return () => db.events.hook('creating').unsubscribe(hook);
    };
    let restore: () => void = () => undefined;
    afterEach(() => restore());

    it('rolls back the incident and items when storage runs out, and says so', async () => {
      await importParsedPostmortem(parsedPostmortem({ itemTitles: ['Earlier'], fileName: 'earlier.md' }));
      const before = await tableCounts();
      restore = failEventWrites(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      const outcome = await importParsedPostmortem(parsedPostmortem({ fileName: 'big.md' }));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.fileName).toBe('big.md');
        expect(outcome.reason).toMatch(/^Importing big\.md failed: there is not enough storage space left\. Nothing was saved\./);
      }
      expect(await tableCounts()).toEqual(before);
    });

    it('rolls back on any exception and reports its message', async () => {
      restore = failEventWrites(() => new Error('disk on fire'));
      const outcome = await importParsedPostmortem(parsedPostmortem());
      expect(outcome).toEqual({ ok: false, fileName: 'outage.md', reason: 'Importing outage.md failed: disk on fire. Nothing was saved.' });
      expect(await db.incidents.count()).toBe(0);
      expect(await db.items.count()).toBe(0);
    });
  });

  it('recognises a document imported before and writes nothing', async () => {
    const first = await importParsedPostmortem(parsedPostmortem());
    const before = await tableCounts();
    const again = await importParsedPostmortem(parsedPostmortem({ fileName: 'renamed.md' }));
    expect(again).toMatchObject({ ok: true, status: 'unchanged' });
    expect(first.ok && again.ok && again.incidentId === first.incidentId).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });

  describe('a new version of a known postmortem', () => {
    it('updates the incident, keeps user edits, adds new items as proposed and flags vanished ones', async () => {
      const original = parsedPostmortem({ itemTitles: ['Add canary checks', 'Alert on queue depth', 'Write a runbook'] });
      const first = await importParsedPostmortem(original);
      const items = await db.items.toArray();
      const canary = items.find((item) => item.title === 'Add canary checks')!;
      const alert = items.find((item) => item.title === 'Alert on queue depth')!;
      const runbook = items.find((item) => item.title === 'Write a runbook')!;
      await updateItem(canary.id, { title: 'Canary every deploy', owner: 'Dana', status: 'in_progress' });

      const revised = parsedPostmortem({ itemTitles: ['Add canary checks', 'Alert on queue depth', 'Load test the API'] });
      // The canary item is re-extracted with different wording for fields the user did not touch.
      revised.items[0] = { ...revised.items[0]!, kind: 'mitigate', themes: ['canary'] };
      revised.items[1] = { ...revised.items[1]!, kind: 'detect' };
      revised.incident = { ...revised.incident, components: ['API', 'Queue'] };
      const second = await importParsedPostmortem(revised);

      expect(second).toMatchObject({ ok: true, status: 'updated', itemsAdded: 1, itemsUpdated: 2, itemsFlaggedMissing: 1 });
      expect(first.ok && second.ok && second.incidentId === first.incidentId).toBe(true);
      expect(await db.incidents.count()).toBe(1);
      const incident = await db.incidents.get(first.ok ? first.incidentId : '');
      expect(incident?.components).toEqual(['API', 'Queue']);
      expect(incident?.contentHash).toBe(revised.contentHash);

      const after = new Map((await db.items.toArray()).map((item) => [item.id, item]));
      expect(after.size).toBe(4);
      expect(after.get(canary.id)).toMatchObject({
        title: 'Canary every deploy',
        owner: 'Dana',
        status: 'in_progress',
        kind: 'mitigate',
        themes: ['canary'],
        missingFromSource: false,
      });
      expect(after.get(alert.id)).toMatchObject({ kind: 'detect', missingFromSource: false });
      expect(after.get(runbook.id)).toMatchObject({ missingFromSource: true, status: 'proposed' });
      const added = [...after.values()].find((item) => item.title === 'Load test the API');
      expect(added?.status).toBe('proposed');

      const runbookEvents = await eventsForItem(runbook.id);
      expect(runbookEvents.at(-1)).toMatchObject({ type: 'changed', field: 'missingFromSource', from: false, to: true });
      const canaryEvents = await eventsForItem(canary.id);
      expect(canaryEvents.filter((event) => event.field === 'kind')).toHaveLength(1);
      expect(canaryEvents.some((event) => event.field === 'title' && event.to === 'Add canary checks')).toBe(false);
    });

    it('clears the flag when a vanished item comes back', async () => {
      await importParsedPostmortem(parsedPostmortem({ itemTitles: ['A', 'B'] }));
      await importParsedPostmortem(parsedPostmortem({ itemTitles: ['A'] }));
      expect((await db.items.toArray()).filter((item) => item.missingFromSource)).toHaveLength(1);
      await importParsedPostmortem({ ...parsedPostmortem({ itemTitles: ['A', 'B'] }), contentHash: 'third-version' });
      expect((await db.items.toArray()).filter((item) => item.missingFromSource)).toHaveLength(0);
      expect(await db.items.count()).toBe(2);
    });

    it('matches undated documents by organization and title', async () => {
      const undated = (titles: string[]) => {
        const parsed = parsedPostmortem({ itemTitles: titles });
        return { ...parsed, incident: { ...parsed.incident, publishedAt: null } };
      };
      await importParsedPostmortem(undated(['A']));
      const outcome = await importParsedPostmortem(undated(['A', 'B']));
      expect(outcome).toMatchObject({ status: 'updated', itemsAdded: 1 });
      const other = { ...undated(['C']), incident: { ...undated(['C']).incident, organization: 'Other' } };
      expect(await importParsedPostmortem(other)).toMatchObject({ status: 'created' });
    });
  });

  it('shortens an over-long extracted title to the item title limit', async () => {
    const parsed = parsedPostmortem();
    parsed.items = [extractedItem('x'.repeat(300))];
    await importParsedPostmortem(parsed);
    const [item] = await db.items.toArray();
    expect(item?.title.length).toBe(200);
  });
});

describe('importParsedPostmortems', () => {
  const documents = (count: number) =>
    Array.from({ length: count }, (_, index) => {
      const parsed = parsedPostmortem({ fileName: `pm-${index}.md`, itemTitles: [`Fix ${index}`] });
      return { ...parsed, contentHash: `hash-${index}`, incident: { ...parsed.incident, title: `Outage ${index}` } };
    });

  it('stores many documents together, recognising versions within the same call', async () => {
    const [first, second] = documents(2);
    const revised = { ...first!, contentHash: 'hash-0-revised', items: [...first!.items, extractedItem('Add a runbook')] };
    const outcomes = await importParsedPostmortems([first!, second!, revised, second!]);
    expect(outcomes.map((outcome) => outcome.ok && outcome.status)).toEqual(['created', 'created', 'updated', 'unchanged']);
    expect(await db.incidents.count()).toBe(2);
    expect(await db.items.count()).toBe(3);
  });

  it('retries each document on its own when one fails, so only that one is lost', async () => {
    const hook = (_key: unknown, item: { title: string }) => {
      if (item.title === 'Fix 1') throw new Error('bad record');
    };
    db.items.hook('creating', hook);
    try {
      const outcomes = await importParsedPostmortems(documents(3));
      expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
      expect(outcomes[1]).toMatchObject({ fileName: 'pm-1.md', reason: 'Importing pm-1.md failed: bad record. Nothing was saved.' });
    } finally {
      db.items.hook('creating').unsubscribe(hook);
    }
    expect((await db.incidents.toArray()).map((incident) => incident.title).sort()).toEqual(['Outage 0', 'Outage 2']);
  });
});

describe('findKnownIncident', () => {
  it('tells the review whether a document is new, the same, or a new version, without writing', async () => {
    const parsed = parsedPostmortem();
    expect(await findKnownIncident(parsed)).toBeNull();
    expect(await trackerHasData()).toBe(false);
    const stored = await importParsedPostmortem(parsed);
    const incidentId = stored.ok ? stored.incidentId : '';
    expect(await findKnownIncident(parsed)).toEqual({ relation: 'same-document', incidentId, title: parsed.incident.title });
    const revised = { ...parsed, contentHash: 'revised' };
    expect(await findKnownIncident(revised)).toMatchObject({ relation: 'earlier-version', incidentId });
    expect(await trackerHasData()).toBe(true);
    expect(await db.incidents.count()).toBe(1);
  });
});
