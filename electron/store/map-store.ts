import fs from 'node:fs';
import type { Command } from '../../shared/commands/command';
import { execute, redo, undo, type History, type Versioned } from '../../shared/commands/history';
import { newId } from '../../shared/domain/ids';
import { emptyMap, LIMITS, mapDocumentSchema, summarize, type Actor, type MapDocument, type MapSummary, type Relation, type Vocabulary } from '../../shared/domain/map-document';
import { formatIssues } from '../../shared/domain/zod-issues';
import type { ForgetPreview, ForgetReport, MapState, Notice, SaveState } from '../../shared/ipc/contract';
import { forgetPersonInDocument } from '../../shared/privacy/forget-person';
import { collectNames, historyFiles, scrubHistory, type HistoryPlaces } from './forget-person';
import { unwrap, WijkwebError, type Result } from '../../shared/result';
import { lockDataDir, type DataLock } from './data-lock';
import { EditJournal, replayJournal, type JournalOp } from './edit-journal';
import { ClientHistories, SHARED_CLIENT } from './client-histories';
import { copyToBackups, listBackups, moveToBackups, pruneBackups, writeToBackups } from './backups';
import { ConfDocument } from './conf-document';
import { DataLayout, INDEX_NAME, isSafeId } from './data-layout';
import { errorCode, errorMessage } from './file-names';
import { parseMapText, readMapFile, readSealedText } from './map-file';
import { assertGoodPassphrase, deriveKey, keyFor, unseal, type SealKey } from './passphrase-envelope';
import { resealBackups } from './reseal-backups';
import { keyFits, lockedSummary, mapFileContent, sealedHeader, type SealedMapFile } from './sealed-map';
import { indexDocument, readIndexFile, sortNewestFirst, type IndexFile } from './map-index';
import { NoticeBoard } from './notice-board';
import { moveAside } from './quarantine';
import { SaveQueue } from './save-queue';
import { SnapshotStore } from './snapshot-store';
import { validateEdit } from './validate-edit';
import { storeMessages as msg } from './store-messages';

/** An event the store pushes to every window (and the HTTP bridge to every browser tab). */
export type StoreEvent =
  | { name: 'maps.changed'; payload: Record<string, never> }
  | { name: 'map.changed'; payload: { id: string; revision: number } }
  | { name: 'notice'; payload: Notice }
  | { name: 'map.saveState'; payload: { id: string; state: SaveState } };

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
  /** Undo/redo per client (window, tab). */
  readonly histories: ClientHistories;
  revision: number;
  /** A backup of the on-disk file was taken for the write that has not succeeded yet. */
  backupTaken: boolean;
  readonly file: ConfDocument<Record<string, unknown>>;
  /** Changes confirmed but not yet in the map file (see edit-journal.ts). */
  readonly journal: EditJournal;
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
  /** Keys of maps sealed with a passphrase and unlocked in this session: in memory only, never on disk. */
  readonly #keys = new Map<string, SealKey>();
  /** Maps sealed on disk that are not unlocked in this session. */
  readonly #locked = new Set<string>();
  /** The last revision of maps taken out of memory (locked): a reload goes on above it, never back to 0. */
  readonly #lastRevisions = new Map<string, number>();
  /** The claim on the data folder (see data-lock.ts); released on close. */
  #lock: DataLock | null = null;
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
      onSaved: (key) => this.#emitSaveState(key),
    });
  }

  /**
   * Opens the data folder (creating it when needed): reads the list of maps, reconciles it with
   * `maps/` (the map files are the truth) and handles damaged files. Throws `io-error` when the
   * folder cannot be created.
   */
  static open(options: MapStoreOptions): MapStore {
    const store = new MapStore(options);
    try {
      store.#start();
    } catch (error) {
      store.#lock?.release();
      throw error;
    }
    return store;
  }

  /** Where the data lives (for `app.info` and messages). */
  get dataDir(): string {
    return this.#layout.root;
  }

  /** All maps, newest `updatedAt` first. */
  list(): MapSummary[] {
    return sortNewestFirst([...this.#summaries.values()].map((s) => (this.#locked.has(s.id) ? { ...s, locked: true } : { ...s })));
  }

  /** The key of a map unlocked in this session, or null (snapshots of a sealed map are sealed with it). */
  sealKey(id: string): SealKey | null {
    return this.#keys.get(id) ?? null;
  }

  /** Creates an empty map and returns its summary; `not-saved` when the disk refuses it. */
  create(name: string): MapSummary {
    this.#assertOpen();
    const checked = checkName(name);
    const id = newId();
    return this.#addNew(id, emptyMap(id, checked, this.#nowIso()));
  }

  /**
   * Creates a map from imported actors and relations (a new map: no undo history). The whole
   * document is validated first; an invalid one throws `invalid-input` and nothing is created.
   */
  importMap(name: string, actors: readonly Actor[], relations: readonly Relation[], vocabulary?: Vocabulary): MapSummary {
    this.#assertOpen();
    const checked = checkName(name);
    const id = newId();
    const doc: MapDocument = {
      ...emptyMap(id, checked, this.#nowIso()),
      actors: [...actors],
      relations: [...relations],
      ...(vocabulary ? { vocabulary } : {}),
    };
    const valid = mapDocumentSchema.safeParse(doc);
    if (!valid.success) throw new WijkwebError('invalid-input', msg.invalidResult, formatIssues(valid.error));
    return this.#addNew(id, valid.data);
  }

  /** Renames a map (not undoable: the name is not part of the command history). */
  rename(id: string, name: string): MapSummary {
    this.#assertOpen();
    const checked = checkName(name);
    const map = this.#require(id);
    this.#commit(id, map, { ...map.doc, name: checked, updatedAt: this.#stamp(map.doc) }, null, { type: 'rename', name: checked });
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
    // A copy of a sealed map is sealed with the same passphrase: copying must not unprotect it.
    const key = this.#keys.get(id);
    if (key) this.#keys.set(copyId, key);
    return this.#addNew(copyId, doc);
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
    if (this.#queue.isPending(key)) this.#queue.flush((k) => k === key);
    // After the flush: its backup must not look newer than the last version moved aside here.
    const now = this.#now();
    try {
      if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) moveToBackups(file, dir, now);
      const map = this.#maps.get(id);
      if (map && this.#queue.isPending(key)) writeToBackups(JSON.stringify(mapFileContent(map.doc, this.sealKey(id)), undefined, '\t'), dir, now);
    } catch (error) {
      throw new WijkwebError('io-error', msg.ioFailed(file, errorCode(error)), [errorMessage(error)]);
    }
    this.#queue.cancel(key);
    this.#dropSaveNotice(key);
    new EditJournal(this.#layout.journalFile(id)).clear();
    this.#maps.delete(id);
    this.#dropSummary(id);
    this.#keys.delete(id);
    this.#locked.delete(id);
    pruneBackups(dir, Math.max(this.#backupCount, 1));
  }

  /**
   * Opens a map: its document and what undo/redo can do. Loads it from disk the first time (a
   * damaged file is recovered from a backup; a newer format throws `future-version`). The
   * returned document is the store's own: treat it as read-only. `canUndo`/`canRedo` are those
   * of `clientId` (the window asking).
   */
  open(id: string, clientId: string = SHARED_CLIENT): MapState {
    return this.#state(this.#require(id), clientId);
  }

  /**
   * Seals a map with a passphrase (issue 9): from now on its file, every new backup, its snapshots
   * and its journal lines are written sealed; the backups and snapshots already there are rewritten
   * sealed. The key stays in memory for this session only. Returns how many old files were rewritten.
   */
  setPassphrase(id: string, passphrase: string): { backups: number; snapshots: number } {
    this.#assertOpen();
    const map = this.#require(id);
    if (this.#keys.has(id)) throw new WijkwebError('conflict', msg.alreadySealed);
    assertGoodPassphrase(passphrase);
    const key = deriveKey(passphrase);
    this.#keys.set(id, key);
    this.#writeSealChange(id, map, () => this.#keys.delete(id));
    const rewritten = this.#reseal(id, map.doc, null, key);
    this.#setSummary(summarize(map.doc));
    return rewritten;
  }

  /** Removes the passphrase of an unlocked map (the passphrase is asked again): everything is written plain again. */
  removePassphrase(id: string, passphrase: string): { backups: number; snapshots: number } {
    this.#assertOpen();
    const map = this.#require(id);
    const key = this.#keys.get(id);
    if (!key) throw new WijkwebError('conflict', msg.notSealed);
    if (!deriveKey(passphrase, key.salt).check.equals(key.check)) throw new WijkwebError('unauthorized', 'Het wachtwoord klopt niet.');
    this.#keys.delete(id);
    this.#writeSealChange(id, map, () => this.#keys.set(id, key));
    const rewritten = this.#reseal(id, map.doc, key, null);
    this.#setSummary(summarize(map.doc));
    return rewritten;
  }

  /**
   * Unlocks a sealed map for this session: derives the key once (slow by design) and opens the map.
   * A wrong passphrase throws `unauthorized` ("Het wachtwoord klopt niet.") and changes nothing.
   */
  unlock(id: string, passphrase: string): MapState {
    this.#assertOpen();
    if (!isSafeId(id) || !this.#summaries.has(id)) throw notFound(id);
    const loaded = this.#maps.get(id);
    if (loaded) return this.#state(loaded);
    const read = readMapFile(this.#layout.mapFile(id), id);
    if (read.kind === 'sealed') {
      this.#keys.set(id, keyFor(read.file, passphrase));
      this.#locked.delete(id);
      this.#emit({ name: 'maps.changed', payload: {} });
      const state = this.open(id);
      // A window that showed "locked" for this map fetches it now.
      this.#emit({ name: 'map.changed', payload: { id, revision: state.revision } });
      return state;
    }
    return this.open(id);
  }

  /** Locks a sealed map again: saves it, then forgets its contents and key until the next unlock. */
  lock(id: string): void {
    this.#assertOpen();
    if (!isSafeId(id) || !this.#summaries.has(id)) throw notFound(id);
    if (!this.#keys.has(id)) return;
    const key = mapKey(id);
    if (this.#queue.isPending(key)) this.#queue.flush((k) => k === key);
    if (this.#queue.isPending(key)) throw new WijkwebError('conflict', msg.lockUnsaved);
    const map = this.#maps.get(id);
    if (map) this.#lastRevisions.set(id, map.revision);
    this.#maps.delete(id);
    this.#keys.delete(id);
    this.#locked.add(id);
    this.#emit({ name: 'maps.changed', payload: {} });
  }

  /** Applies one edit of a client (window). A command that fails leaves the map exactly as it was and throws. */
  apply(id: string, command: Command, clientId: string = SHARED_CLIENT): MapState {
    this.#assertOpen();
    const map = this.#require(id);
    const next = unwrap(execute(this.#versioned(map, clientId), command));
    // Only what the edit changed is parsed again: a full parse costs ~60 ms at 5 000 actors.
    const invalid = validateEdit(map.doc, next.doc);
    if (invalid) throw new WijkwebError('invalid-input', msg.invalidResult, formatIssues(invalid));
    this.#commit(id, map, { ...next.doc, updatedAt: this.#stamp(map.doc) }, { clientId, history: next.history }, { type: 'command', command });
    return this.#state(map, clientId);
  }

  /** Undoes the newest edit of this client (window) on a map; other windows' edits stay. */
  undo(id: string, clientId: string = SHARED_CLIENT): MapState {
    this.#assertOpen();
    const map = this.#require(id);
    const step = map.histories.get(clientId).past.at(-1);
    const next = unwrap(undo(this.#versioned(map, clientId)));
    if (!step) throw new WijkwebError('nothing-to-undo', 'Er is niets om ongedaan te maken.');
    this.#commit(id, map, { ...next.doc, updatedAt: this.#stamp(map.doc) }, { clientId, history: next.history }, { type: 'command', command: step });
    return this.#state(map, clientId);
  }

  /** Redoes the newest edit this client (window) undid on a map. */
  redo(id: string, clientId: string = SHARED_CLIENT): MapState {
    this.#assertOpen();
    const map = this.#require(id);
    const step = map.histories.get(clientId).future.at(-1);
    const next = unwrap(redo(this.#versioned(map, clientId)));
    if (!step) throw new WijkwebError('nothing-to-redo', 'Er is niets om opnieuw te doen.');
    this.#commit(id, map, { ...next.doc, updatedAt: this.#stamp(map.doc) }, { clientId, history: next.history }, { type: 'command', command: step });
    return this.#state(map, clientId);
  }

  /** What "Verwijder persoon" would remove from the map and which history files it would rewrite. */
  forgetPreview(id: string, actorId: string): ForgetPreview {
    const map = this.#require(id);
    const person = requirePerson(map.doc, actorId);
    const { counts } = forgetPersonInDocument(map.doc, actorId, []);
    const files = historyFiles(this.#historyPlaces(id));
    return {
      name: person.name,
      relations: counts.relations,
      forceFieldEntries: counts.forceFieldEntries,
      meetings: counts.meetings,
      contacts: counts.contacts,
      snapshots: files.snapshots.length,
      backups: files.backups.length,
      damaged: files.damaged.length,
      journal: files.journal !== null,
    };
  }

  /**
   * Forgets a natural person for good (AVG): removes them from the map (see forget-person.ts) and
   * writes it at once without taking a backup of the old version, clears the undo history (it
   * would still hold the name), then rewrites snapshots, backups and damaged copies and deletes
   * the journal. Cannot be undone. When the map file cannot be written nothing changes.
   */
  forgetPerson(id: string, actorId: string): { state: MapState; report: ForgetReport } {
    this.#assertOpen();
    const map = this.#require(id);
    requirePerson(map.doc, actorId);
    const key = mapKey(id);
    const files = historyFiles(this.#historyPlaces(id));
    const names = collectNames(map.doc, actorId, files, this.sealKey(id));
    const forgotten = forgetPersonInDocument(map.doc, actorId, names);
    const valid = mapDocumentSchema.safeParse(forgotten.doc);
    if (!valid.success) throw new WijkwebError('invalid-input', msg.invalidResult, formatIssues(valid.error));
    const doc: MapDocument = { ...valid.data, updatedAt: this.#stamp(map.doc) };
    try {
      map.file.write(mapFileContent(doc, this.sealKey(id)));
    } catch (error) {
      throw new WijkwebError('io-error', msg.ioFailed(map.file.path, errorCode(error)), [errorMessage(error)]);
    }
    this.#queue.cancel(key);
    this.#dropSaveNotice(key);
    map.doc = doc;
    map.histories.clear();
    map.backupTaken = false;
    map.revision += 1;
    const history = scrubHistory({ ...files, journal: map.journal.file }, actorId, names, this.sealKey(id));
    this.#setSummary(summarize(doc));
    this.#emit({ name: 'map.changed', payload: { id, revision: map.revision } });
    const report: ForgetReport = {
      ...forgotten.counts,
      filesRewritten: history.rewritten,
      filesRemoved: history.removed,
      failed: history.failed,
    };
    return { state: this.#state(map), report };
  }

  #historyPlaces(id: string): HistoryPlaces {
    return {
      mapId: id,
      snapshotDir: new SnapshotStore(this.#layout.root).dirOf(id),
      backupDir: this.#layout.backupDir(id),
      damagedDir: this.#layout.damagedDir,
      journalFile: this.#layout.journalFile(id),
    };
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
    this.#lock?.release();
    this.#lock = null;
  }

  // --- start-up ---------------------------------------------------------------------------

  #start(): void {
    try {
      fs.mkdirSync(this.#layout.mapsDir, { recursive: true });
    } catch (error) {
      throw new WijkwebError('io-error', msg.ioFailed(this.#layout.mapsDir, errorCode(error)), [errorMessage(error)]);
    }
    this.#lock = lockDataDir(this.#layout.root, this.#now);
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
      if (summary?.sealed) this.#locked.add(id);
      // Trusted only when strictly older than the list: file times are coarse (a few ms), so a
      // file written in the same tick as the list is read again rather than assumed unchanged.
      if (summary && mtime < indexTime && !fs.existsSync(this.#layout.journalFile(id))) continue;
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
      case 'ok':
        this.#locked.delete(id);
        return { ok: true, value: this.#adopt(id, read.doc) };
      case 'sealed':
        return this.#loadSealed(id, file, read.file);
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

  /** Makes a document read from disk the map in memory, with its journal replayed. */
  #adopt(id: string, doc: MapDocument): LoadedMap {
    const map = this.#loaded(id, doc);
    this.#maps.set(id, map);
    this.#replay(id, map);
    this.#setSummary(summarize(map.doc));
    return map;
  }

  /**
   * A map file sealed with a passphrase. Without its key the map stays locked: listed by the name
   * in its header, never taken for damage. With the key, contents that fail to decrypt or validate
   * are damage, recovered from a backup like a plain file.
   */
  #loadSealed(id: string, file: string, sealed: SealedMapFile): Result<LoadedMap, WijkwebError> {
    const key = this.#keys.get(id);
    if (!key || !keyFits(sealed, key)) {
      this.#keys.delete(id);
      this.#locked.add(id);
      this.#setSummary(lockedSummary(sealed, id));
      return { ok: false, error: lockedError(sealed.map.name) };
    }
    this.#locked.delete(id);
    let text: string;
    try {
      text = unseal(sealed, key);
    } catch (error) {
      return this.#recover(id, file, errorMessage(error));
    }
    const parsed = parseMapText(text);
    if (!parsed.ok) {
      if (parsed.error.code === 'future-version') return { ok: false, error: new WijkwebError('future-version', msg.futureVersion(parsed.error.message, file), [file]) };
      return this.#recover(id, file, parsed.error.message);
    }
    return { ok: true, value: this.#adopt(id, parsed.value.id === id ? parsed.value : { ...parsed.value, id }) };
  }

  /**
   * Brings a freshly read map up to date with its journal (changes confirmed before a crash or kill
   * that the file did not have yet), writes it, and tells the user what was recovered. A line that
   * cannot be read is skipped (later lines still count); a change that cannot be applied stops the
   * replay. In both cases the journal is kept in beschadigd/ and the notice says so.
   */
  #replay(id: string, map: LoadedMap): void {
    if (!map.journal.exists()) return;
    const { entries, skipped } = map.journal.read(this.sealKey(id));
    const replayed = replayJournal(map.doc, entries);
    const problem = replayed.failed ? `wijziging ${replayed.failed.entry}: ${replayed.failed.message}` : skipped.length > 0 ? msg.journalLinesSkipped(skipped) : null;
    if (problem) {
      try {
        const kept = moveAside(map.journal.file, this.#layout.damagedDir, this.#now());
        const message = replayed.failed ? msg.journalDamaged(replayed.doc.name, problem, replayed.applied, kept) : msg.journalSkipped(replayed.doc.name, problem, replayed.applied, kept);
        this.#notify({ level: 'warning', code: 'quarantined', message, files: [kept] });
      } catch {
        // Could not move it: the save below empties it; the recovered changes are in the map.
      }
    }
    if (replayed.applied === 0 && !problem) {
      map.journal.clear();
      return;
    }
    map.doc = replayed.doc;
    if (replayed.applied > 0 && !problem) {
      this.#notify({ level: 'info', code: 'recovered-edits', message: msg.journalReplayed(replayed.doc.name, replayed.applied), files: [map.file.path] });
    }
    this.#saveNow(id);
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
    const journal = new EditJournal(this.#layout.journalFile(id));
    if (journal.exists()) {
      try {
        // Its changes belong to the damaged file, not to the backup: keep them, apart.
        moveAside(journal.file, this.#layout.damagedDir, this.#now());
      } catch {
        journal.clear();
      }
    }
    const knownName = this.#summaries.get(id)?.name;
    for (const backup of listBackups(this.#layout.backupDir(id))) {
      let text: string;
      try {
        text = fs.readFileSync(backup.path, 'utf8');
      } catch {
        continue;
      }
      const sealed = readSealedText(text);
      if (sealed?.kind === 'damaged') continue;
      const key = this.#keys.get(id);
      if (sealed && !(key && keyFits(sealed.file, key))) {
        // Without the key it cannot be checked inside: put it back as it is; unlocking reads it.
        if (this.#restoreSealedBackup(id, file, backup.path, text, sealed.file, damaged, reason)) return { ok: false, error: lockedError(sealed.file.map.name) };
        continue;
      }
      let plain = text;
      if (sealed && key) {
        try {
          plain = unseal(sealed.file, key);
        } catch {
          continue;
        }
      }
      const parsed = parseMapText(plain);
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

  /** Puts a sealed backup back as the map file, byte for byte, while the map is locked. */
  #restoreSealedBackup(id: string, file: string, backupPath: string, text: string, sealed: SealedMapFile, damaged: string, reason: string): boolean {
    try {
      const temp = `${file}.herstel.tmp`;
      fs.writeFileSync(temp, text);
      fs.renameSync(temp, file);
    } catch {
      return false;
    }
    this.#locked.add(id);
    this.#setSummary(lockedSummary(sealed, id));
    const name = this.#summaries.get(id)?.name ?? sealed.map.name;
    this.#notify({ level: 'warning', code: 'restored-backup', message: msg.restoredBackup(name, reason, damaged, backupPath, file), files: [damaged, backupPath, file] });
    return true;
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
    return {
      doc,
      histories: new ClientHistories(),
      // A map read again after a lock continues above its last revision (windows compare them).
      revision: (this.#lastRevisions.get(id) ?? -1) + 1,
      backupTaken: false,
      file: new ConfDocument<Record<string, unknown>>(this.#layout.mapsDir, id),
      journal: new EditJournal(this.#layout.journalFile(id)),
    };
  }

  // --- changes ------------------------------------------------------------------------------

  /**
   * Makes a change the truth: first into the map's journal (so a crash or kill cannot lose it once
   * confirmed), then in memory; the map file follows with the next save. When the journal line
   * cannot be written (disk full, read-only) nothing changes and `not-saved` is thrown.
   */
  #commit(id: string, map: LoadedMap, doc: MapDocument, undoable: { clientId: string; history: History } | null, op: JournalOp): void {
    try {
      map.journal.append({ at: doc.updatedAt, op }, this.sealKey(id));
    } catch (error) {
      // Not durable, so not confirmed: the map (and its undo history) stays exactly as it was.
      throw new WijkwebError('not-saved', msg.editNotSaved(map.journal.file, errorCode(error)), [errorMessage(error)]);
    }
    map.doc = doc;
    if (undoable) map.histories.set(undoable.clientId, undoable.history);
    map.revision += 1;
    this.#setSummary(summarize(doc));
    this.#scheduleMapSave(id);
    this.#emit({ name: 'map.changed', payload: { id, revision: map.revision } });
  }

  /** Records a summary; the list is saved, and `maps.changed` sent when what the home screen shows changed. */
  #setSummary(plain: MapSummary): void {
    const { locked: _locked, sealed: _sealed, ...rest } = plain;
    const summary: MapSummary = this.#keys.has(plain.id) || this.#locked.has(plain.id) ? { ...rest, sealed: true } : rest;
    const before = this.#summaries.get(summary.id);
    this.#summaries.set(summary.id, summary);
    if (
      before &&
      before.updatedAt === summary.updatedAt &&
      before.name === summary.name &&
      before.createdAt === summary.createdAt &&
      before.actorCount === summary.actorCount &&
      before.relationCount === summary.relationCount &&
      before.sealed === summary.sealed
    ) {
      return;
    }
    this.#scheduleIndexSave();
    const visible =
      !before ||
      before.name !== summary.name ||
      before.actorCount !== summary.actorCount ||
      before.relationCount !== summary.relationCount ||
      before.sealed !== summary.sealed;
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
    this.#emitSaveState(mapKey(id));
  }

  /** Whether a map's latest edits are on disk. */
  #saveState(id: string): SaveState {
    const key = mapKey(id);
    if (this.#queue.isFailing(key)) return 'failing';
    return this.#queue.isPending(key) ? 'saving' : 'saved';
  }

  /** Tells every window how the save of this map stands (only for map keys, not the index). */
  #emitSaveState(key: string): void {
    if (!key.startsWith(MAP_KEY_PREFIX) || this.#starting) return;
    const id = key.slice(MAP_KEY_PREFIX.length);
    this.#emit({ name: 'map.saveState', payload: { id, state: this.#saveState(id) } });
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
    map.file.write(mapFileContent(map.doc, this.sealKey(id)));
    map.backupTaken = false;
    // The file now holds every journaled change. If this fails, replay skips what the file has.
    try {
      map.journal.clear();
    } catch {
      // Left for the next save; harmless meanwhile.
    }
    if (this.#backupCount > 0) pruneBackups(dir, this.#backupCount);
  }

  /**
   * Writes a map at once after its passphrase was set or removed. When the disk refuses, `undo`
   * puts the key back as it was and a Dutch `io-error` with the real cause is thrown: nothing may
   * report "beveiligd" while the file on disk is not.
   */
  #writeSealChange(id: string, map: LoadedMap, undo: () => void): void {
    this.#writeNow(id, undo, (code) => new WijkwebError('io-error', msg.sealNotWritten(map.doc.name, map.file.path, code, this.#keys.has(id))));
  }

  /** A new map (created, imported, copied): in memory and on disk at once, or, when the disk refuses, forgotten again (`not-saved`). */
  #addNew(id: string, doc: MapDocument): MapSummary {
    this.#maps.set(id, this.#loaded(id, doc));
    const undo = (): void => {
      this.#maps.delete(id);
      this.#keys.delete(id);
    };
    this.#writeNow(id, undo, (code) => new WijkwebError('not-saved', msg.mapNotCreated(doc.name, this.#layout.mapFile(id), code)));
    this.#setSummary(summarize(doc));
    return summarize(doc);
  }

  /** Writes a map file now; when that fails, runs `undo` and throws the error `failure` makes (the OS message as detail). */
  #writeNow(id: string, undo: () => void, failure: (code: string) => WijkwebError): void {
    const key = mapKey(id);
    try {
      this.#writeMap(id);
    } catch (error) {
      undo();
      const made = failure(errorCode(error));
      throw new WijkwebError(made.code, made.message, [errorMessage(error)]);
    }
    this.#queue.cancel(key);
    this.#dropSaveNotice(key);
    this.#emitSaveState(key);
  }

  /** Rewrites a map's backups and snapshots from one key to another (null: plain). */
  #reseal(id: string, doc: MapDocument, from: SealKey | null, to: SealKey | null): { backups: number; snapshots: number } {
    try {
      const backups = resealBackups(this.#layout.backupDir(id), from, to, sealedHeader(doc));
      const snapshots = new SnapshotStore(this.#layout.root, this.#now).reseal(id, from, to);
      return { backups, snapshots };
    } catch (error) {
      throw new WijkwebError('io-error', msg.ioFailed(this.#layout.backupDir(id), errorCode(error)), [errorMessage(error)]);
    }
  }

  #describeKey(key: string): { what: string; file: string } {
    if (key === INDEX_KEY) return { what: msg.indexWhat, file: this.#layout.indexFile };
    const id = key.slice(MAP_KEY_PREFIX.length);
    return { what: msg.mapWhat(this.#summaries.get(id)?.name ?? id), file: this.#layout.mapFile(id) };
  }

  #onSaveFailed(key: string, error: unknown, failures: number, retryInMs: number): void {
    this.#emitSaveState(key);
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

  #versioned(map: LoadedMap, clientId: string): Versioned {
    return { doc: map.doc, history: map.histories.get(clientId) };
  }

  #state(map: LoadedMap, clientId: string = SHARED_CLIENT): MapState {
    const history = map.histories.get(clientId);
    return {
      doc: map.doc,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      revision: map.revision,
      save: this.#saveState(map.doc.id),
    };
  }

  #nowIso(): string {
    return this.#now().toISOString();
  }

  /** The `updatedAt` for a change of `doc`: now, but always later than its last change (the journal orders by it). */
  #stamp(doc: MapDocument): string {
    const now = this.#now().getTime();
    const last = Date.parse(doc.updatedAt);
    return new Date(Number.isFinite(last) && now <= last ? last + 1 : now).toISOString();
  }

  /** Schedules a map's save and runs it at once (new maps: on disk before the call returns). */
  #saveNow(id: string): void {
    this.#scheduleMapSave(id);
    this.#queue.flush((k) => k === mapKey(id));
  }

  #assertOpen(): void {
    if (this.#closed) throw new WijkwebError('internal', msg.closed);
  }
}

function lockedError(name: string): WijkwebError {
  return new WijkwebError('locked', msg.locked(name));
}

function notFound(id: string): WijkwebError {
  return new WijkwebError('not-found', msg.notFound(id));
}

/** The natural person with this id on the map; `not-found` or `invalid-input` otherwise. */
function requirePerson(doc: MapDocument, actorId: string): Actor {
  const actor = doc.actors.find((a) => a.id === actorId);
  if (!actor) throw new WijkwebError('not-found', `Actor "${actorId}" bestaat niet op deze kaart.`);
  if (!actor.isPerson) throw new WijkwebError('invalid-input', `"${actor.name}" is geen natuurlijk persoon; verwijder deze actor gewoon.`);
  return actor;
}

function checkName(name: string): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length === 0 || trimmed.length > LIMITS.name) throw new WijkwebError('invalid-input', msg.invalidName(LIMITS.name));
  return trimmed;
}

