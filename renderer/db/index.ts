/** The tracker's data layer: the only functions the UI calls to read and write stored data. */
export { db, TrackerDatabase, DATABASE_NAME } from './database';
export { onConnectionProblem, openDatabase, type ConnectionProblem } from './connection';
export { TrackerRuleError } from './errors';
export { EDITABLE_ITEM_FIELDS, type EditableItemField, type ItemPatch } from './item-patch';
export { createItem, updateItem, bulkUpdateItems, deleteItems, type NewItem, type ChangeOptions } from './items';
export {
  importParsedPostmortem,
  importParsedPostmortems,
  findKnownIncident,
  type ImportOptions,
  type ImportOutcome,
  type KnownIncident,
} from './import-postmortem';
export { retagItems, type ThemeChange } from './retag-items';
export { undo, redo, getUndoState, UNDO_LIMIT, type UndoState } from './undo';
export { listThemes, saveTheme, deleteTheme, restoreDefaultThemes } from './themes';
export { listOwners, addOwner, updateOwner, deleteOwner } from './owners';
export { getSetting, setSetting, deleteSetting } from './settings';
export {
  startMeeting,
  updateMeeting,
  endMeeting,
  listMeetings,
  getMeeting,
  getLastEndedMeeting,
  deleteMeeting,
} from './meetings';
export {
  exportBackup,
  exportBackupText,
  previewBackup,
  restoreBackup,
  type RestoreMode,
  type RestoreOutcome,
} from './backup';
export { eraseAll } from './erase';
export { loadPendingReviews, savePendingReviews, type PendingReview } from './pending-reviews';
export { getStorageStatus, requestPersistentStorage, type StorageStatus } from './storage';
export {
  queryItems,
  loadAllItems,
  trackerHasData,
  getItem,
  getIncident,
  listIncidents,
  listIncidentTitles,
  listIncidentsWithProgress,
  eventsForItem,
  eventsSince,
  loadStatusChanges,
  compareItems,
  itemMatches,
  type ItemFilter,
  type ItemSort,
  type ItemSortKey,
  type IncidentProgress,
} from './queries';
