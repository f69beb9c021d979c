/**
 * Storing one parsed postmortem. The incident, its items and their `created` events are
 * written in one transaction: all or nothing. A document seen before (same content
 * hash) is recognised; a new version of a known document (same organization, title
 * and publication date) updates the incident and its items without overwriting
 * anything the user edited, and flags items that vanished instead of deleting them.
 */
import type { ActionItem, ExtractedItem, Incident, ItemEvent, ParsedPostmortem } from '../../shared/model';
import { db } from './database';
import { describeWriteFailure } from './errors';
import { createdEvent, newBatchId, type EventContext } from './item-events';
import type { TrackedItemPatch } from './item-patch';
import { writeItemPatch } from './item-writes';

export interface ImportOptions {
  /** The extracted items the user kept in the import review; all of them when absent. */
  acceptedItems?: readonly ExtractedItem[];
}

export type ImportOutcome =
  | {
      ok: true;
      /** `unchanged`: this exact document was imported before; nothing was written. */
      status: 'created' | 'updated' | 'unchanged';
      incidentId: string;
      itemsAdded: number;
      itemsUpdated: number;
      itemsFlaggedMissing: number;
    }
  | { ok: false; fileName: string; reason: string };

type ImportSuccess = Extract<ImportOutcome, { ok: true }>;

const IMPORT_TABLES = [db.incidents, db.items, db.events, db.owners] as const;
const TITLE_MAX = 200;

function incidentFields(parsed: ParsedPostmortem): Omit<Incident, 'id' | 'importedAt' | 'updatedAt'> {
  const { incident } = parsed;
  return {
    contentHash: parsed.contentHash,
    title: incident.title,
    organization: incident.organization,
    publishedAt: incident.publishedAt,
    startedAt: incident.startedAt,
    resolvedAt: incident.resolvedAt,
    durationMinutes: incident.durationMinutes,
    components: incident.components,
    failureThemes: incident.failureThemes,
    format: parsed.format,
    fileName: parsed.fileName,
    sourceText: parsed.text,
    updates: incident.updates,
    sections: incident.sections,
    timeline: incident.timeline,
  };
}

function itemTitle(extracted: ExtractedItem): string {
  const title = (extracted.title.trim() || extracted.quote.trim() || 'Untitled action item').replace(/\s+/g, ' ');
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}

/** The fields an extraction decides, as a re-import would set them. */
function extractedFields(extracted: ExtractedItem): Pick<ActionItem, 'title' | 'detail' | 'kind' | 'themes'> {
  return {
    title: itemTitle(extracted),
    detail: extracted.detail ?? '',
    kind: extracted.kind,
    themes: extracted.themes.length > 0 ? extracted.themes : ['other'],
  };
}

function newItem(extracted: ExtractedItem, incidentId: string, at: string): ActionItem {
  return {
    id: crypto.randomUUID(),
    incidentId,
    ...extractedFields(extracted),
    // Items the text reports as carried out are tracked as done; everything else awaits review.
    status: extracted.done ? 'done' : 'proposed',
    wontDoReason: null,
    owner: null,
    dueDate: null,
    priority: null,
    notes: '',
    ticketLinks: [],
    source: { quote: extracted.quote, start: extracted.span.start, end: extracted.span.end },
    confidence: extracted.confidence,
    missingFromSource: false,
    editedFields: [],
    createdAt: at,
    updatedAt: at,
    closedAt: extracted.done ? at : null,
  };
}

/**
 * New records a batch adds, written with one bulk request per table. Requests in one
 * transaction run in order, so reads issued after `flush` see these records without
 * waiting for them; `settle` waits for every write before the transaction ends.
 */
class PendingAdds {
  private incidents: Incident[] = [];
  private items: ActionItem[] = [];
  private events: ItemEvent[] = [];
  private readonly issued: Promise<unknown>[] = [];

  addIncident(incident: Incident): void {
    this.incidents.push(incident);
  }

  /** Queues new items and their `created` events; returns how many. */
  addItems(extracted: readonly ExtractedItem[], incidentId: string, context: EventContext): number {
    for (const entry of extracted) {
      const item = newItem(entry, incidentId, context.at);
      this.items.push(item);
      this.events.push(createdEvent(item, context));
    }
    return extracted.length;
  }

  flush(): void {
    if (this.incidents.length > 0) this.issued.push(db.incidents.bulkAdd(this.incidents));
    if (this.items.length > 0) this.issued.push(db.items.bulkAdd(this.items));
    if (this.events.length > 0) this.issued.push(db.events.bulkAdd(this.events));
    this.incidents = [];
    this.items = [];
    this.events = [];
  }

  async settle(): Promise<void> {
    this.flush();
    await Promise.all(this.issued);
  }
}

const identityOf = (title: string, organization: string | null, publishedAt: string | null) =>
  JSON.stringify([organization, title, publishedAt]);

/**
 * The stored incidents a batch of documents could be, read once for the whole batch:
 * by content hash (the same document) and by organization, title and date (an earlier
 * version). Incidents the batch writes are remembered, so later documents see them.
 */
class KnownIncidents {
  private readonly byHash = new Map<string, Incident>();
  private readonly byIdentity = new Map<string, Incident>();

  static async load(documents: readonly ParsedPostmortem[]): Promise<KnownIncidents> {
    const dates = [...new Set(documents.flatMap(({ incident }) => (incident.publishedAt === null ? [] : [incident.publishedAt])))];
    const anyUndated = documents.some(({ incident }) => incident.publishedAt === null);
    const [sameText, sameDate, undated] = await Promise.all([
      db.incidents.where('contentHash').anyOf(documents.map((parsed) => parsed.contentHash)).toArray(),
      db.incidents.where('publishedAt').anyOf(dates).toArray(),
      // A null date is not an index key, so undated incidents are found by a scan.
      anyUndated ? db.incidents.filter((incident) => incident.publishedAt === null).toArray() : [],
    ]);
    const known = new KnownIncidents();
    for (const incident of [...sameText, ...sameDate, ...undated]) known.remember(incident);
    return known;
  }

  remember(incident: Incident): void {
    this.byHash.set(incident.contentHash, incident);
    this.byIdentity.set(identityOf(incident.title, incident.organization, incident.publishedAt), incident);
  }

  sameDocument(parsed: ParsedPostmortem): Incident | undefined {
    return this.byHash.get(parsed.contentHash);
  }

  earlierVersion({ incident }: ParsedPostmortem): Incident | undefined {
    return this.byIdentity.get(identityOf(incident.title, incident.organization, incident.publishedAt));
  }
}

const matchKey = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Pairs each newly extracted item with the stored item it is a version of, by quote and then by title. */
function matchItems(stored: readonly ActionItem[], extracted: readonly ExtractedItem[]) {
  const unmatched = new Set(stored.filter((item) => item.source !== null));
  const pairs: { item: ActionItem; extracted: ExtractedItem }[] = [];
  const fresh: ExtractedItem[] = [];
  const take = (predicate: (item: ActionItem) => boolean) => {
    for (const item of unmatched) {
      if (predicate(item)) {
        unmatched.delete(item);
        return item;
      }
    }
    return undefined;
  };
  for (const entry of extracted) {
    const quote = matchKey(entry.quote);
    const title = matchKey(itemTitle(entry));
    const item = take((candidate) => matchKey(candidate.source?.quote ?? '') === quote) ?? take((candidate) => matchKey(candidate.title) === title);
    if (item) pairs.push({ item, extracted: entry });
    else fresh.push(entry);
  }
  return { pairs, fresh, vanished: [...unmatched] };
}

async function updateVersion(
  earlier: Incident,
  parsed: ParsedPostmortem,
  extracted: readonly ExtractedItem[],
  context: EventContext,
  pending: PendingAdds,
): Promise<{ outcome: ImportSuccess; incident: Incident }> {
  // The stored items may include some this batch has queued but not yet written.
  pending.flush();
  const incident: Incident = { ...earlier, ...incidentFields(parsed), updatedAt: context.at };
  await db.incidents.put(incident);
  const stored = await db.items.where('incidentId').equals(earlier.id).toArray();
  const { pairs, fresh, vanished } = matchItems(stored, extracted);
  let itemsUpdated = 0;
  for (const { item, extracted: entry } of pairs) {
    const patch: TrackedItemPatch = { missingFromSource: false };
    for (const [field, value] of Object.entries(extractedFields(entry))) {
      if (!item.editedFields.includes(field)) Object.assign(patch, { [field]: value });
    }
    const source = { quote: entry.quote, start: entry.span.start, end: entry.span.end };
    const [changed] = await writeItemPatch([{ ...item, source, confidence: entry.confidence }], patch, context, false);
    if (changed) itemsUpdated += 1;
    else await db.items.put({ ...item, source, confidence: entry.confidence });
  }
  const flagged = await writeItemPatch(vanished, { missingFromSource: true }, context, false);
  const itemsAdded = pending.addItems(fresh, earlier.id, context);
  const outcome: ImportSuccess = {
    ok: true,
    status: 'updated',
    incidentId: earlier.id,
    itemsAdded,
    itemsUpdated,
    itemsFlaggedMissing: flagged.length,
  };
  return { outcome, incident };
}

export interface KnownIncident {
  /** `same-document`: importing would change nothing; `earlier-version`: importing updates this incident. */
  relation: 'same-document' | 'earlier-version';
  incidentId: string;
  title: string;
}

/** What importing `parsed` would match, for the import review to show before anything is written. */
export async function findKnownIncident(parsed: ParsedPostmortem): Promise<KnownIncident | null> {
  const known = await KnownIncidents.load([parsed]);
  const same = known.sameDocument(parsed);
  const match = same ?? known.earlierVersion(parsed);
  if (!match) return null;
  return { relation: same ? 'same-document' : 'earlier-version', incidentId: match.id, title: match.title };
}

/** Imports one document inside the caller's transaction, queueing new records on `pending`. */
async function importInTransaction(
  parsed: ParsedPostmortem,
  extracted: readonly ExtractedItem[],
  known: KnownIncidents,
  pending: PendingAdds,
): Promise<ImportSuccess> {
  const same = known.sameDocument(parsed);
  if (same) {
    return { ok: true, status: 'unchanged', incidentId: same.id, itemsAdded: 0, itemsUpdated: 0, itemsFlaggedMissing: 0 };
  }
  const context: EventContext = { at: new Date().toISOString(), batchId: newBatchId(), meetingId: null };
  const earlier = known.earlierVersion(parsed);
  if (earlier) {
    const { outcome, incident } = await updateVersion(earlier, parsed, extracted, context, pending);
    known.remember(incident);
    return outcome;
  }
  const incident: Incident = { id: crypto.randomUUID(), ...incidentFields(parsed), importedAt: context.at, updatedAt: context.at };
  pending.addIncident(incident);
  known.remember(incident);
  const itemsAdded = pending.addItems(extracted, incident.id, context);
  return { ok: true, status: 'created', incidentId: incident.id, itemsAdded, itemsUpdated: 0, itemsFlaggedMissing: 0 };
}

/** Runs `documents` through importInTransaction in one transaction. */
function importTogether(documents: readonly { parsed: ParsedPostmortem; extracted: readonly ExtractedItem[] }[]) {
  return db.transaction('rw', IMPORT_TABLES, async () => {
    const known = await KnownIncidents.load(documents.map(({ parsed }) => parsed));
    const pending = new PendingAdds();
    const outcomes: ImportSuccess[] = [];
    for (const { parsed, extracted } of documents) outcomes.push(await importInTransaction(parsed, extracted, known, pending));
    await pending.settle();
    return outcomes;
  });
}

/** Stores one parsed postmortem atomically; a failure leaves the database as it was and says why. */
export async function importParsedPostmortem(parsed: ParsedPostmortem, options: ImportOptions = {}): Promise<ImportOutcome> {
  const extracted = options.acceptedItems ?? parsed.items;
  try {
    const [outcome] = await importTogether([{ parsed, extracted }]);
    return outcome!;
  } catch (error) {
    return { ok: false, fileName: parsed.fileName, reason: describeWriteFailure(error, `Importing ${parsed.fileName}`) };
  }
}

/**
 * Stores many parsed postmortems, all their items accepted, in one transaction: far
 * faster than one each. Each document still lands whole or not at all: when the shared
 * transaction fails, every document is retried on its own, so one bad document only
 * fails itself. Outcomes are in the order of `documents`.
 */
export async function importParsedPostmortems(documents: readonly ParsedPostmortem[]): Promise<ImportOutcome[]> {
  try {
    return await importTogether(documents.map((parsed) => ({ parsed, extracted: parsed.items })));
  } catch {
    const outcomes: ImportOutcome[] = [];
    for (const parsed of documents) outcomes.push(await importParsedPostmortem(parsed));
    return outcomes;
  }
}
