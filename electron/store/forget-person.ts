import fs from 'node:fs';
import path from 'node:path';
import type { MapDocument } from '../../shared/domain/map-document';
import { readMapDocument } from '../../shared/domain/migrations';
import { forgetPersonInDocument, forgetScrubber, identifyingTextsOf, scrubJsonStrings } from '../../shared/privacy/forget-person';
import { errorCode } from './file-names';
import { isSealed, seal, type SealKey } from './passphrase-envelope';
import { openSealed } from './sealed-map';

/**
 * The files that hold earlier versions of one map: its snapshots, its backups, what was moved
 * aside as damaged, and its journal. "Verwijder persoon" rewrites all of them.
 */
export interface HistoryPlaces {
  readonly snapshotDir: string;
  readonly backupDir: string;
  readonly damagedDir: string;
  readonly journalFile: string;
  readonly mapId: string;
}

/** The files of each kind that exist now. */
export interface HistoryFiles {
  readonly snapshots: string[];
  readonly backups: string[];
  readonly damaged: string[];
  readonly journal: string | null;
}

/** What rewriting the history did. */
export interface HistoryScrubbed {
  /** Files rewritten without the person. */
  readonly rewritten: number;
  /** Files that could not be read as JSON but mentioned the person: removed. */
  readonly removed: number;
  /** Files that could not be rewritten (named in the message to the user). */
  readonly failed: string[];
}

function jsonFilesIn(dir: string, keep: (name: string) => boolean): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && keep(e.name))
      .map((e) => path.join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}

/** Lists the snapshot, backup and damaged files of a map, and its journal when there is one. */
export function historyFiles(places: HistoryPlaces): HistoryFiles {
  return {
    snapshots: jsonFilesIn(places.snapshotDir, (n) => n.endsWith('.json')),
    backups: jsonFilesIn(places.backupDir, () => true),
    damaged: jsonFilesIn(places.damagedDir, (n) => n.startsWith(`${places.mapId}-`) || n.startsWith(`${places.mapId}.`)),
    journal: fs.existsSync(places.journalFile) ? places.journalFile : null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The map document inside a parsed file: the file itself (backup) or its `map` (snapshot). */
function mapInside(raw: unknown): { doc: MapDocument; inSnapshot: boolean } | null {
  const direct = readMapDocument(raw);
  if (direct.ok) return { doc: direct.value, inSnapshot: false };
  if (isRecord(raw) && 'map' in raw) {
    const inner = readMapDocument(raw.map);
    if (inner.ok) return { doc: inner.value, inSnapshot: true };
  }
  return null;
}

function readJson(file: string, key: SealKey | null): unknown {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    return unsealed(raw, key);
  } catch {
    return undefined;
  }
}

/** The plain JSON inside a value that may be sealed with the map's passphrase (see sealed-map.ts). */
function unsealed(raw: unknown, key: SealKey | null): unknown {
  const text = openSealed(raw, key);
  return text === null ? raw : JSON.parse(text);
}

/** Seals `plain` again the way `raw` was sealed, keeping its readable header (the map's name). */
function resealedLike(raw: unknown, plain: unknown, key: SealKey | null): unknown {
  if (!isSealed(raw) || !key) return plain;
  const header = isRecord(raw) && 'map' in raw ? { map: raw['map'] } : {};
  return { ...seal(JSON.stringify(plain), key), ...header };
}

/**
 * Every name (and phone, e-mail, address …) the actor had in any readable version of the map (it may
 * have been renamed since a backup or snapshot was made), so that older spellings are forgotten as well.
 */
export function collectNames(current: MapDocument, actorId: string, files: HistoryFiles, key: SealKey | null = null): string[] {
  const names = new Set(identifyingTextsOf(current, actorId));
  for (const file of [...files.snapshots, ...files.backups, ...files.damaged]) {
    const found = mapInside(readJson(file, key));
    if (found) for (const n of identifyingTextsOf(found.doc, actorId)) names.add(n);
  }
  return [...names];
}

/** Replaces a file atomically (temp file + fsync + rename) with the given text. */
function replaceFile(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.vergeten-tmp`);
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

/** Rewrites one file without the person; returns what happened to it. */
function scrubFile(file: string, actorId: string, names: readonly string[], key: SealKey | null): 'rewritten' | 'removed' | 'unchanged' {
  const scrub = forgetScrubber(names);
  const text = fs.readFileSync(file, 'utf8');
  let sealedRaw: unknown;
  let raw: unknown;
  try {
    sealedRaw = JSON.parse(text.replace(/^\uFEFF/, ''));
    // A protected map's files are sealed: open them with its key, clean them, seal them again.
    raw = unsealed(sealedRaw, key);
  } catch {
    // Not JSON (a torn or damaged file, a journal): it cannot be cleaned precisely.
    if (scrub(text) === text && !text.includes(`"${actorId}"`)) return 'unchanged';
    fs.rmSync(file, { force: true });
    return 'removed';
  }
  const found = mapInside(raw);
  let next: unknown;
  if (found) {
    const doc = forgetPersonInDocument(found.doc, actorId, names).doc;
    next = found.inSnapshot && isRecord(raw) ? { ...(scrubJsonStrings({ ...raw, map: null }, scrub) as object), map: doc } : doc;
  } else {
    next = scrubJsonStrings(raw, scrub);
  }
  if (JSON.stringify(next) === JSON.stringify(raw)) return 'unchanged';
  replaceFile(file, JSON.stringify(resealedLike(sealedRaw, next, key), undefined, '\t'));
  return 'rewritten';
}

/**
 * Removes the person from every snapshot, backup and damaged copy of the map and deletes its
 * journal (the map file itself must already be written without the person). Continues past a
 * file that fails and lists it, so as much as possible is forgotten.
 */
export function scrubHistory(files: HistoryFiles, actorId: string, names: readonly string[], key: SealKey | null = null): HistoryScrubbed {
  let rewritten = 0;
  let removed = 0;
  const failed: string[] = [];
  for (const file of [...files.snapshots, ...files.backups, ...files.damaged]) {
    try {
      const result = scrubFile(file, actorId, names, key);
      if (result === 'rewritten') rewritten += 1;
      if (result === 'removed') removed += 1;
    } catch (error) {
      failed.push(`${file} (${errorCode(error)})`);
    }
  }
  if (files.journal) {
    try {
      if (fs.existsSync(files.journal)) {
        fs.rmSync(files.journal, { force: true });
        removed += 1;
      }
    } catch (error) {
      failed.push(`${files.journal} (${errorCode(error)})`);
    }
  }
  return { rewritten, removed, failed };
}
