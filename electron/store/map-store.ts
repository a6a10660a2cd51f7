import fs from 'node:fs';
import type { Command } from '../../shared/commands/command';
import { emptyHistory, execute, redo, undo, type History, type Versioned } from '../../shared/commands/history';
import { newId } from '../../shared/domain/ids';
import { emptyMap, LIMITS, summarize, type MapDocument, type MapSummary } from '../../shared/domain/map-document';
import { formatIssues } from '../../shared/domain/zod-issues';
import type { MapState, Notice } from '../../shared/ipc/contract';
import { unwrap, WijkwebError, type Result } from '../../shared/result';
import { copyToBackups, listBackups, moveToBackups, pruneBackups, writeToBackups } from './backups';
import { ConfDocument } from './conf-document';
import { DataLayout, INDEX_NAME, isSafeId } from './data-layout';
import { errorCode, errorMessage } from './file-names';
import { parseMapText, readMapFile } from './map-file';
import { indexDocument, readIndexFile, sortNewestFirst, type IndexFile } from './map-index';
import { NoticeBoard } from './notice-board';
import { moveAside } from './quarantine';
import { SaveQueue } from './save-queue';
import { validateEdit } from './validate-edit';
import { storeMessages as msg } from './store-messages';

/** An event the store pushes to every window (and the HTTP bridge to every browser tab). */
export type StoreEvent =
  | { name: 'maps.changed'; payload: Record<string, never> }
  | { name: 'map.changed'; payload: { id: string; revision: number } }
  | { name: 'notice'; payload: Notice };

/** How to open a MapStore. */
export interface MapStoreOptions {
  /** The data folder (Electron: `app.getPath('userData')`; browser mode: from the command line). */
  dataDir: string;
  /** Debounce of saves after the last edit, in ms; default 200, at most 250. */
  saveDelayMs?: number;
  /** How many earlier versions of each map are kept in `backups/<id>/`; default 10. */
  backupCount?: number;
  /** Receives every event; errors thrown by it are ignored. */
  onEvent?: (event: StoreEvent) => void;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

/** Default debounce of saves, in ms. */
export const DEFAULT_SAVE_DELAY_MS = 200;
/** Longest allowed debounce of saves, in ms (DESIGN.md: ≤ 250 ms after the last edit). */
export const MAX_SAVE_DELAY_MS = 250;
/** Default number of backups kept per map. */
export const DEFAULT_BACKUP_COUNT = 10;

const INDEX_KEY = 'index';
const MAP_KEY_PREFIX = 'map:';
const mapKey = (id: string): string => `${MAP_KEY_PREFIX}${id}`;

/** A map that is read into memory: the truth while the app runs. */
interface LoadedMap {
  doc: MapDocument;
  history: History;
  revision: number;
  /** A backup of the on-disk file was taken for the write that has not succeeded yet. */
  backupTaken: boolean;
  readonly file: ConfDocument<MapDocument>;
}

/**
 * All maps of one data folder: kept in memory, edited with undoable commands, saved through conf
 * (debounced, atomic, with rotating backups), and defended against damaged, future-version and
 * unwritable files. Plain Node: used by Electron main, the HTTP bridge and the tests alike.
 */
export class MapStore {
  readonly #layout: DataLayout;
  readonly #backupCount: number;
  readonly #onEvent: ((event: StoreEvent) => void) | undefined;
  readonly #now: () => Date;
  readonly #summaries = new Map<string, MapSummary>();
  readonly #maps = new Map<string, LoadedMap>();
  readonly #futureNoticed = new Set<string>();
  readonly #notices = new NoticeBoard();
  readonly #saveNotices = new Map<string, string>();
  readonly #queue: SaveQueue;
  readonly #index: ConfDocument<IndexFile>;
  #starting = true;
  #closed = false;

  private constructor(options: MapStoreOptions) {
    const delay = options.saveDelayMs ?? DEFAULT_SAVE_DELAY_MS;
    if (!Number.isFinite(delay) || delay < 0 || delay > MAX_SAVE_DELAY_MS) {
      throw new RangeError(`saveDelayMs must be between 0 and ${MAX_SAVE_DELAY_MS}, got ${delay}`);
    }
    const backupCount = options.backupCount ?? DEFAULT_BACKUP_COUNT;
    if (!Number.isInteger(backupCount) || backupCount < 0) {
      throw new RangeError(`backupCount must be a whole number ≥ 0, got ${backupCount}`);
    }
    this.#layout = new DataLayout(options.dataDir);
    this.#backupCount = backupCount;
    this.#onEvent = options.onEvent;
    this.#now = options.now ?? (() => new Date());
    this.#index = new ConfDocument<IndexFile>(this.#layout.root, INDEX_NAME);
    this.#queue = new SaveQueue({
      delayMs: delay,
      onFailed: (key, error, failures, retryInMs) => this.#onSaveFailed(key, error, failures, retryInMs),
      onRecovered: (key) => this.#onSaveRecovered(key),
    });
  }

  /**
   * Opens the data folder (creating it when needed): reads the list of maps, reconciles it with
   * `maps/` (the map files are the truth) and handles damaged files. Throws `io-error` when the
   * folder cannot be created.
   */
  static open(options: MapStoreOptions): MapStore {
    const store = new MapStore(options);
    store.#start();
    return store;
  }

  /** Where the data lives (for `app.info` and messages). */
  get dataDir(): string {
    return this.#layout.root;
  }

  /** All maps, newest `updatedAt` first. */
  list(): MapSummary[] {
    return sortNewestFirst([...this.#summaries.values()].map((s) => ({ ...s })));
  }

  /** Creates an empty map and returns its summary. */
  create(name: string): MapSummary {
    this.#assertOpen();
    const checked = checkName(name);
    const id = newId();
    const doc = emptyMap(id, checked, this.#nowIso());
    this.#maps.set(id, this.#loaded(id, doc));
    this.#setSummary(summarize(doc));
    this.#scheduleMapSave(id);
    return summarize(doc);
  }

  /** Renames a map (not undoable: the name is not part of the command history). */
  rename(id: string, name: string): MapSummary {
    this.#assertOpen();
    const checked = checkName(name);
    const map = this.#require(id);
    this.#commit(id, map, { ...map.doc, name: checked, updatedAt: this.#nowIso() }, map.history);
    return summarize(map.doc);
  }

  /** Copies a map under a new id and name; the copy starts with an empty undo history. */
  duplicate(id: string, name: string): MapSummary {
    this.#assertOpen();
    const checked = checkName(name);
    const source = this.#require(id);
    const copyId = newId();
    const now = this.#nowIso();
    const doc: MapDocument = { ...source.doc, id: copyId, name: checked, createdAt: now, updatedAt: now };
    this.#maps.set(copyId, this.#loaded(copyId, doc));
    this.#setSummary(summarize(doc));
    this.#scheduleMapSave(copyId);
    return summarize(doc);
  }

  /**
   * Removes a map from the list. Nothing becomes irrecoverable: the map file is moved into
   * `backups/<id>/` as its newest backup (plus the unsaved state, when saving had failed), and that
   * folder is kept.
   */
  delete(id: string): void {
    this.#assertOpen();
    if (!isSafeId(id) || (!this.#summaries.has(id) && !this.#maps.has(id))) throw notFound(id);
    const key = mapKey(id);
    const file = this.#layout.mapFile(id);
    const dir = this.#layout.backupDir(id);
    const now = this.#now();
    if (this.#queue.isPending(key)) this.#queue.flush((k) => k === key);
    try {
      if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) moveToBackups(file, dir, now);
      const map = this.#maps.get(id);
      if (map && this.#queue.isPending(key)) writeToBackups(JSON.stringify(map.doc, undefined, '\t'), dir, now);
    } catch (error) {
      throw new WijkwebError('io-error', msg.ioFailed(file, errorCode(error)), [errorMessage(error)]);
    }
    this.#queue.cancel(key);
    this.#dropSaveNotice(key);
    this.#maps.delete(id);
    this.#dropSummary(id);
    pruneBackups(dir, Math.max(this.#backupCount, 1));
  }

  /**
   * Opens a map: its document and what undo/redo can do. Loads it from disk the first time (a
   * damaged file is recovered from a backup; a newer format throws `future-version`). The
   * returned document is the store's own: treat it as read-only.
   */
  open(id: string): MapState {
    return this.#state(this.#require(id));
  }

  /** Applies one edit. A command that fails leaves the map exactly as it was and throws. */
  apply(id: string, command: Command): MapState {
    this.#assertOpen();
    const map = this.#require(id);
    const next = unwrap(execute(this.#versioned(map), command));
    // Only what the edit changed is parsed again: a full parse costs ~60 ms at 5 000 actors.
    const invalid = validateEdit(map.doc, next.doc);
    if (invalid) throw new WijkwebError('invalid-input', msg.invalidResult, formatIssues(invalid));
    this.#commit(id, map, { ...next.doc, updatedAt: this.#nowIso() }, next.history);
    return this.#state(map);
  }

  /** Undoes the newest edit of a map. */
  undo(id: string): MapState {
    this.#assertOpen();
    const map = this.#require(id);
    const next = unwrap(undo(this.#versioned(map)));
    this.#commit(id, map, { ...next.doc, updatedAt: this.#nowIso() }, next.history);
    return this.#state(map);
  }

  /** Redoes the newest undone edit of a map. */
  redo(id: string): MapState {
    this.#assertOpen();
    const map = this.#require(id);
    const next = unwrap(redo(this.#versioned(map)));
    this.#commit(id, map, { ...next.doc, updatedAt: this.#nowIso() }, next.history);
    return this.#state(map);
  }

  /** Notices waiting for the user, oldest first. */
  notices(): Notice[] {
    return this.#notices.list();
  }

  /** Dismisses one notice and returns the rest. */
  dismissNotice(id: string): Notice[] {
    return this.#notices.dismiss(id);
  }

  /** Whether some edit has not reached the disk yet (pending or failing save). */
  hasUnsavedChanges(): boolean {
    return this.#queue.isPending();
  }

  /** Writes all pending saves now, synchronously (maps first, then the list). Never throws. */
  flush(): void {
    this.#queue.flush((key) => key !== INDEX_KEY);
    this.#queue.flush((key) => key === INDEX_KEY);
  }

  /** Flushes and stops all timers; afterwards edits are refused. */
  close(): void {
    if (this.#closed) return;
    this.flush();
    this.#queue.close();
    this.#closed = true;
  }

  // --- start-up ---------------------------------------------------------------------------

  #start(): void {
    try {
      fs.mkdirSync(this.#layout.mapsDir, { recursive: true });
    } catch (error) {
      throw new WijkwebError('io-error', msg.ioFailed(this.#layout.mapsDir, errorCode(error)), [errorMessage(error)]);
    }
    const index = readIndexFile(this.#layout.indexFile);
    let rewrite = index.kind !== 'ok';
    if (index.kind === 'damaged') this.#quarantineIndex(index.reason);
    const cached = index.kind === 'ok' ? index.maps : new Map<string, MapSummary>();
    const indexTime = index.kind === 'ok' ? index.mtimeMs : Number.NEGATIVE_INFINITY;

    for (const entry of fs.readdirSync(this.#layout.mapsDir, { withFileTypes: true })) {
      const id = DataLayout.idOfMapFileName(entry.name);
      if (!id || !entry.isFile()) continue;
      const summary = cached.get(id);
      const mtime = fs.statSync(this.#layout.mapFile(id), { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (summary) this.#summaries.set(id, summary);
      // Trusted only when strictly older than the list: file times are coarse (a few ms), so a
      // file written in the same tick as the list is read again rather than assumed unchanged.
      if (summary && mtime < indexTime) continue;
      // New to the list, or changed since the list was written: read the file itself.
      this.#load(id);
      rewrite = true;
    }
    for (const id of cached.keys()) if (!this.#summaries.has(id)) rewrite = true;
    if (rewrite) this.#scheduleIndexSave();
    this.#starting = false;
  }

  #quarantineIndex(reason: string): void {
    const file = this.#layout.indexFile;
    try {
      const damaged = moveAside(file, this.#layout.damagedDir, this.#now());
      this.#notify({ level: 'info', code: 'quarantined', message: msg.indexRebuilt(file, reason, damaged), files: [damaged, file] });
    } catch {
      // Could not move it: it will simply be replaced by the rebuilt list (it is only a cache).
    }
  }

  // --- loading and recovery -----------------------------------------------------------------

  /** Reads a map file into memory, recovering from damage. Never throws; failures are returned. */
  #load(id: string): Result<LoadedMap, WijkwebError> {
    const file = this.#layout.mapFile(id);
    const read = readMapFile(file, id);
    switch (read.kind) {
      case 'ok': {
        const map = this.#loaded(id, read.doc);
        this.#maps.set(id, map);
        this.#setSummary(summarize(read.doc));
        return { ok: true, value: map };
      }
      case 'missing':
        this.#dropSummary(id);
        return { ok: false, error: notFound(id) };
      case 'unreadable':
        return { ok: false, error: new WijkwebError('io-error', msg.unreadable(file, read.code)) };
      case 'future':
        this.#setSummary(read.summary);
        if (!this.#futureNoticed.has(id)) {
          this.#futureNoticed.add(id);
          this.#notify({ level: 'warning', code: 'future-version', message: msg.futureNotice(read.summary.name, file), files: [file] });
        }
        return { ok: false, error: new WijkwebError('future-version', msg.futureVersion(read.message, file), [file]) };
      case 'damaged':
        return this.#recover(id, file, read.reason);
    }
  }

  /**
   * A damaged map file: move it aside (never overwrite it), then restore the newest backup that
   * validates and write it as the current map. Without one, the map leaves the list.
   */
  #recover(id: string, file: string, reason: string): Result<LoadedMap, WijkwebError> {
    let damaged: string;
    try {
      damaged = moveAside(file, this.#layout.damagedDir, this.#now());
    } catch (error) {
      return { ok: false, error: new WijkwebError('io-error', msg.ioFailed(file, errorCode(error)), [errorMessage(error)]) };
    }
    const knownName = this.#summaries.get(id)?.name;
    for (const backup of listBackups(this.#layout.backupDir(id))) {
      let text: string;
      try {
        text = fs.readFileSync(backup.path, 'utf8');
      } catch {
        continue;
      }
      const parsed = parseMapText(text);
      if (!parsed.ok) continue;
      const doc = parsed.value.id === id ? parsed.value : { ...parsed.value, id };
      const map = this.#loaded(id, doc);
      this.#maps.set(id, map);
      this.#setSummary(summarize(doc));
      const name = knownName ?? doc.name;
      this.#notify({
        level: 'warning',
        code: 'restored-backup',
        message: msg.restoredBackup(name, reason, damaged, backup.path, file),
        files: [damaged, backup.path, file],
      });
      this.#scheduleMapSave(id);
      this.#queue.flush((k) => k === mapKey(id));
      return { ok: true, value: map };
    }
    const name = knownName ?? id;
    this.#dropSummary(id);
    this.#notify({ level: 'error', code: 'quarantined', message: msg.quarantinedNoBackup(name, reason, damaged), files: [damaged] });
    return { ok: false, error: new WijkwebError('damaged-file', msg.damagedNoBackup(name, damaged), [damaged]) };
  }

  /** The loaded map with this id, loading it from disk when needed; throws a WijkwebError. */
  #require(id: string): LoadedMap {
    if (!isSafeId(id)) throw notFound(id);
    const loaded = this.#maps.get(id);
    if (loaded) return loaded;
    if (!this.#summaries.has(id)) throw notFound(id);
    const result = this.#load(id);
    if (!result.ok) throw result.error;
    return result.value;
  }

  #loaded(id: string, doc: MapDocument): LoadedMap {
    return { doc, history: emptyHistory, revision: 0, backupTaken: false, file: new ConfDocument<MapDocument>(this.#layout.mapsDir, id) };
  }

  // --- changes ------------------------------------------------------------------------------

  #commit(id: string, map: LoadedMap, doc: MapDocument, history: History): void {
    map.doc = doc;
    map.history = history;
    map.revision += 1;
    this.#setSummary(summarize(doc));
    this.#scheduleMapSave(id);
    this.#emit({ name: 'map.changed', payload: { id, revision: map.revision } });
  }

  /** Records a summary; the list is saved, and `maps.changed` sent when what the home screen shows changed. */
  #setSummary(summary: MapSummary): void {
    const before = this.#summaries.get(summary.id);
    this.#summaries.set(summary.id, summary);
    if (
      before &&
      before.updatedAt === summary.updatedAt &&
      before.name === summary.name &&
      before.createdAt === summary.createdAt &&
      before.actorCount === summary.actorCount &&
      before.relationCount === summary.relationCount
    ) {
      return;
    }
    this.#scheduleIndexSave();
    const visible =
      !before ||
      before.name !== summary.name ||
      before.actorCount !== summary.actorCount ||
      before.relationCount !== summary.relationCount;
    if (visible && !this.#starting) this.#emit({ name: 'maps.changed', payload: {} });
  }

  #dropSummary(id: string): void {
    if (!this.#summaries.delete(id)) return;
    this.#scheduleIndexSave();
    if (!this.#starting) this.#emit({ name: 'maps.changed', payload: {} });
  }

  // --- saving -------------------------------------------------------------------------------

  #scheduleMapSave(id: string): void {
    this.#queue.schedule(mapKey(id), () => this.#writeMap(id));
  }

  #scheduleIndexSave(): void {
    this.#queue.schedule(INDEX_KEY, () => this.#index.write(indexDocument(this.#summaries.values())));
  }

  /** Copies the on-disk version into the backups, then writes the in-memory map through conf. */
  #writeMap(id: string): void {
    const map = this.#maps.get(id);
    if (!map) return;
    const dir = this.#layout.backupDir(id);
    if (this.#backupCount > 0 && !map.backupTaken) {
      copyToBackups(map.file.path, dir, this.#now());
      // A retry after a failed write must not copy the same old file again (that would rotate
      // distinct older versions out of the backups).
      map.backupTaken = true;
    }
    map.file.write(map.doc);
    map.backupTaken = false;
    if (this.#backupCount > 0) pruneBackups(dir, this.#backupCount);
  }

  #describeKey(key: string): { what: string; file: string } {
    if (key === INDEX_KEY) return { what: msg.indexWhat, file: this.#layout.indexFile };
    const id = key.slice(MAP_KEY_PREFIX.length);
    return { what: msg.mapWhat(this.#summaries.get(id)?.name ?? id), file: this.#layout.mapFile(id) };
  }

  #onSaveFailed(key: string, error: unknown, failures: number, retryInMs: number): void {
    if (failures > 1 && this.#saveNotices.has(key)) return;
    const { what, file } = this.#describeKey(key);
    const notice = this.#notify({
      level: 'error',
      code: 'save-failed',
      message: msg.saveFailed(what, file, errorCode(error), errorMessage(error), retryInMs),
      files: [file],
    });
    this.#saveNotices.set(key, notice.id);
  }

  #onSaveRecovered(key: string): void {
    this.#dropSaveNotice(key);
    const { what, file } = this.#describeKey(key);
    this.#notify({ level: 'info', code: 'save-recovered', message: msg.saveRecovered(what, file), files: [file] });
  }

  #dropSaveNotice(key: string): void {
    const id = this.#saveNotices.get(key);
    if (id === undefined) return;
    this.#saveNotices.delete(key);
    this.#notices.removeWhere((n) => n.id === id);
  }

  // --- helpers ------------------------------------------------------------------------------

  #notify(fields: Omit<Notice, 'id'>): Notice {
    const notice = this.#notices.add(fields);
    this.#emit({ name: 'notice', payload: notice });
    return notice;
  }

  #emit(event: StoreEvent): void {
    try {
      this.#onEvent?.(event);
    } catch {
      // A listener that throws must not stop an edit or a save.
    }
  }

  #versioned(map: LoadedMap): Versioned {
    return { doc: map.doc, history: map.history };
  }

  #state(map: LoadedMap): MapState {
    return { doc: map.doc, canUndo: map.history.past.length > 0, canRedo: map.history.future.length > 0, revision: map.revision };
  }

  #nowIso(): string {
    return this.#now().toISOString();
  }

  #assertOpen(): void {
    if (this.#closed) throw new WijkwebError('internal', msg.closed);
  }
}

function notFound(id: string): WijkwebError {
  return new WijkwebError('not-found', msg.notFound(id));
}

function checkName(name: string): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length === 0 || trimmed.length > LIMITS.name) throw new WijkwebError('invalid-input', msg.invalidName(LIMITS.name));
  return trimmed;
}

