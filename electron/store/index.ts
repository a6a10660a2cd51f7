// The plain-Node persistence of Wijkweb: maps, backups, quarantine, preferences, handlers.

/** Handlers for every channel of the contract. */
export { createHandlers, type HandlerDeps } from './handlers';
/** The map store and its options and events. */
export {
  DEFAULT_BACKUP_COUNT,
  DEFAULT_SAVE_DELAY_MS,
  MapStore,
  MAX_SAVE_DELAY_MS,
  type MapStoreOptions,
  type StoreEvent,
} from './map-store';
/** Preferences as a conf document (browser mode, tests). */
export { DEFAULT_PREFS, openConfPrefs, type PrefsStore } from './prefs-store';
