/** fast-check arbitraries for whole tracker databases, respecting every key and uniqueness rule. */
import fc from 'fast-check';
import {
  ITEM_KINDS,
  ITEM_STATUSES,
  PRIORITIES,
  SECTION_KINDS,
  SOURCE_FORMATS,
  type ActionItem,
  type Incident,
  type ItemEvent,
  type Meeting,
  type Owner,
  type Setting,
  type Theme,
} from '../../../../shared/model';
import type { BackupTables, UndoStep } from '../../../../shared/model/backup';

const id = fc.uuid();
const text = fc.string({ unit: 'binary', maxLength: 40 });
const isoTime = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const dueDate = isoTime.map((time) => time.slice(0, 10));
const span = fc.record({ start: fc.nat(5000), end: fc.nat(5000) });
const fieldValue = fc.oneof(text, fc.constant(null), fc.boolean(), fc.array(text, { maxLength: 3 }), fc.integer());
const jsonish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fieldValue, fc.dictionary(text, tie('value'), { maxKeys: 3 })),
})).value;

const incident = (incidentId: string, contentHash: string): fc.Arbitrary<Incident> =>
  fc.record({
    id: fc.constant(incidentId),
    contentHash: fc.constant(contentHash),
    title: text,
    organization: fc.option(text),
    publishedAt: fc.option(isoTime),
    startedAt: fc.option(isoTime),
    resolvedAt: fc.option(isoTime),
    durationMinutes: fc.option(fc.integer({ min: 0, max: 100000 })),
    components: fc.array(text, { maxLength: 3 }),
    failureThemes: fc.array(fc.constantFrom('bad-deploy', 'dns'), { maxLength: 2 }),
    format: fc.constantFrom(...SOURCE_FORMATS),
    fileName: text,
    sourceText: fc.string({ unit: 'grapheme', maxLength: 300 }),
    updates: fc.array(fc.record({ status: text, postedAt: fc.option(isoTime), body: text, span }), { maxLength: 2 }),
    sections: fc.array(fc.record({ kind: fc.constantFrom(...SECTION_KINDS), heading: text, span }), { maxLength: 2 }),
    timeline: fc.array(fc.record({ at: fc.option(isoTime), text, span }), { maxLength: 2 }),
    importedAt: isoTime,
    updatedAt: isoTime,
  });

const item = (itemId: string, incidentIds: string[]): fc.Arbitrary<ActionItem> =>
  fc.record({
    id: fc.constant(itemId),
    incidentId: incidentIds.length > 0 ? fc.option(fc.constantFrom(...incidentIds)) : fc.constant(null),
    title: fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
    detail: text,
    kind: fc.constantFrom(...ITEM_KINDS),
    themes: fc.uniqueArray(fc.constantFrom('validation', 'canary', 'other'), { maxLength: 3 }),
    status: fc.constantFrom(...ITEM_STATUSES),
    wontDoReason: fc.option(text),
    owner: fc.option(text),
    dueDate: fc.option(dueDate),
    priority: fc.option(fc.constantFrom(...PRIORITIES)),
    notes: text,
    ticketLinks: fc.array(fc.webUrl(), { maxLength: 2 }),
    source: fc.option(fc.record({ quote: text, start: fc.nat(5000), end: fc.nat(5000) })),
    confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    missingFromSource: fc.boolean(),
    editedFields: fc.uniqueArray(fc.constantFrom('title', 'owner', 'status'), { maxLength: 3 }),
    createdAt: isoTime,
    updatedAt: isoTime,
    closedAt: fc.option(isoTime),
  });

const event = (eventId: string, itemIds: string[]): fc.Arbitrary<ItemEvent> =>
  fc.record({
    id: fc.constant(eventId),
    itemId: itemIds.length > 0 ? fc.constantFrom(...itemIds) : id,
    at: isoTime,
    type: fc.constantFrom('created', 'changed', 'deleted'),
    field: fc.option(fc.constantFrom('status', 'owner', 'title')),
    from: jsonish,
    to: jsonish,
    meetingId: fc.option(id),
    batchId: id,
  });

const theme: fc.Arbitrary<Theme> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
  label: fc.string({ minLength: 1, maxLength: 20 }),
  colour: fc.stringMatching(/^#[0-9a-f]{6}$/),
  kind: fc.constantFrom('remediation', 'failure'),
  rules: fc.array(text, { maxLength: 3 }),
  retired: fc.boolean(),
});

const owner: fc.Arbitrary<Owner> = fc.record({ id, name: fc.string({ minLength: 1, maxLength: 20 }), team: fc.option(text) });

const meeting: fc.Arbitrary<Meeting> = fc.record({
  id,
  title: text,
  startedAt: isoTime,
  endedAt: fc.option(isoTime),
  scope: fc.record({
    kind: fc.constantFrom('all-open', 'overdue', 'due-within', 'incident', 'theme', 'owner'),
    value: fc.option(text),
    order: fc.constantFrom('due', 'priority', 'incident', 'age'),
  }),
  itemIds: fc.array(id, { maxLength: 3 }),
});

const setting: fc.Arbitrary<Setting> = fc.record({ key: text, value: jsonish });

const undoStep: fc.Arbitrary<Omit<UndoStep, 'seq'>> = fc.record({
  stack: fc.constantFrom('undo', 'redo'),
  batchId: id,
  label: text,
  at: isoTime,
});

/** A random, valid database: every table, with references between incidents, items and events. */
export const databaseTables: fc.Arbitrary<BackupTables> = fc
  .record({
    incidentKeys: fc.uniqueArray(fc.tuple(id, fc.string({ minLength: 1, maxLength: 12 })), {
      maxLength: 4,
      selector: ([incidentId, hash]) => `${incidentId}|${hash}`,
    }),
    itemIds: fc.uniqueArray(id, { maxLength: 8 }),
    eventIds: fc.uniqueArray(id, { maxLength: 10 }),
  })
  .chain(({ incidentKeys, itemIds, eventIds }) => {
    // Ids and hashes must each be unique on their own.
    const keys = incidentKeys.filter(
      ([incidentId, hash], index) =>
        incidentKeys.findIndex(([otherId, otherHash]) => otherId === incidentId || otherHash === hash) === index,
    );
    const incidentIds = keys.map(([incidentId]) => incidentId);
    return fc.record({
      incidents: fc.tuple(...keys.map(([incidentId, hash]) => incident(incidentId, hash))),
      items: fc.tuple(...itemIds.map((itemId) => item(itemId, incidentIds))),
      events: fc.tuple(...eventIds.map((eventId) => event(eventId, itemIds))),
      themes: fc.uniqueArray(theme, { maxLength: 4, selector: (entry) => entry.id }),
      owners: fc.uniqueArray(owner, { maxLength: 3, selector: (entry) => entry.id }).map((owners) =>
        owners.filter((entry, index) => owners.findIndex((other) => other.name === entry.name) === index),
      ),
      meetings: fc.uniqueArray(meeting, { maxLength: 2, selector: (entry) => entry.id }),
      settings: fc.uniqueArray(setting, { maxLength: 3, selector: (entry) => entry.key }),
      undoSteps: fc.array(undoStep, { maxLength: 4 }).map((steps) => steps.map((step, index) => ({ ...step, seq: index + 1 }))),
    });
  })
  .map((tables) => ({ ...tables, incidents: [...tables.incidents], items: [...tables.items], events: [...tables.events] }));
