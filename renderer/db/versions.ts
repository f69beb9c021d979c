/**
 * Every schema version the tracker has shipped, oldest first. Declarations are never
 * edited once released: a change is a new version with an upgrade function, so a
 * database written by any earlier release opens without losing anything.
 */
import type { Transaction } from 'dexie';
import type { ActionItem, ItemEvent } from '../../shared/model';

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations of the tables this version adds or changes. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** An item as version 1 stored it: a single ticket link. */
export type ItemV1 = Omit<ActionItem, 'ticketLinks'> & { ticketLink: string | null };
/** An event as version 1 stored it: no batch, so undo could not group it. */
export type ItemEventV1 = Omit<ItemEvent, 'batchId'>;

const VERSION_1: SchemaVersion = {
  version: 1,
  stores: {
    incidents: 'id, &contentHash, organization, publishedAt, importedAt',
    items: 'id, incidentId, status, owner, dueDate, *themes, kind, updatedAt, [status+dueDate]',
    events: 'id, itemId, at, meetingId',
    themes: 'id',
    owners: 'id, &name',
    meetings: 'id, startedAt',
    settings: 'key',
  },
};

/**
 * Version 2: several ticket links per item, events grouped in batches (undo and redo
 * per user action, with the stacks stored so they survive a reload), incidents
 * findable by failure theme, and per-incident progress counted from index keys alone.
 */
const VERSION_2: SchemaVersion = {
  version: 2,
  stores: {
    incidents: 'id, &contentHash, organization, publishedAt, importedAt, *failureThemes',
    items: 'id, incidentId, status, owner, dueDate, *themes, kind, updatedAt, [status+dueDate], [incidentId+status]',
    events: 'id, itemId, at, meetingId, batchId',
    undoSteps: '++seq, [stack+seq]',
  },
  async upgrade(tx) {
    await tx
      .table('items')
      .toCollection()
      .modify((item: Partial<ItemV1> & Partial<ActionItem>) => {
        item.ticketLinks = item.ticketLink ? [item.ticketLink] : [];
        delete item.ticketLink;
      });
    // Each earlier event becomes its own batch: they were written before grouping existed.
    await tx
      .table('events')
      .toCollection()
      .modify((event: ItemEventV1 & Partial<ItemEvent>) => {
        event.batchId = `v1-${event.id}`;
      });
  },
};

/** Version 3: documents waiting in the import review, so a reload or a crash loses none of the review work. */
const VERSION_3: SchemaVersion = {
  version: 3,
  stores: { pendingReviews: 'id, position' },
};

/**
 * Version 4: status changes readable without the other events. An index holds only the records
 * whose key path values are all valid keys, and `field` is null on every event but a change, so
 * the index's range `field = 'status'` is exactly the status changes, by item and then time.
 */
const VERSION_4: SchemaVersion = {
  version: 4,
  stores: { events: 'id, itemId, at, meetingId, batchId, [field+itemId+at]' },
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [VERSION_1, VERSION_2, VERSION_3, VERSION_4];
export const CURRENT_SCHEMA_VERSION = VERSION_4.version;
