/**
 * The tracker's IndexedDB database. Only modules in renderer/db touch its tables; the
 * UI calls the functions exported from renderer/db/index.ts.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { ActionItem, Incident, ItemEvent, Meeting, Owner, Setting, Theme } from '../../shared/model';
import type { UndoStep } from '../../shared/model/backup';
import { DEFAULT_THEMES } from '../../shared/taxonomy';
import { watchConnection } from './connection';
import type { PendingReview } from './pending-reviews';
import { SCHEMA_VERSIONS } from './versions';

export const DATABASE_NAME = 'followthrough';

export class TrackerDatabase extends Dexie {
  declare incidents: EntityTable<Incident, 'id'>;
  declare items: EntityTable<ActionItem, 'id'>;
  declare events: EntityTable<ItemEvent, 'id'>;
  declare themes: EntityTable<Theme, 'id'>;
  declare owners: EntityTable<Owner, 'id'>;
  declare meetings: EntityTable<Meeting, 'id'>;
  declare settings: EntityTable<Setting, 'key'>;
  declare undoSteps: EntityTable<UndoStep, 'seq'>;
  /** Work in progress, not tracker data: outside backups, cleared by an erase. */
  declare pendingReviews: EntityTable<PendingReview, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.on('populate', (tx) => tx.table('themes').bulkAdd(DEFAULT_THEMES));
    watchConnection(this);
  }

  /** Every table, for whole-database operations (backup, restore, erase). */
  allTables() {
    return [
      this.incidents,
      this.items,
      this.events,
      this.themes,
      this.owners,
      this.meetings,
      this.settings,
      this.undoSteps,
    ] as const;
  }
}

/** The app's one database connection. */
export const db = new TrackerDatabase();
