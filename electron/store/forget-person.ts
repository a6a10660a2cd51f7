import fs from 'node:fs';
import path from 'node:path';
import type { MapDocument } from '../../shared/domain/map-document';
import { readMapDocument } from '../../shared/domain/migrations';
import { forgetPersonInDocument, forgetScrubber, identifyingTextsOf, scrubJsonStrings } from '../../shared/privacy/forget-person';
import { errorCode } from './file-names';
import { isSealed, seal, SEALED_FORMAT, type SealKey } from './passphrase-envelope';
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

/** What one history file holds, as far as the map's key opens it. */
type FileContent =
  /** One JSON value; `raw` is what is inside when `outer` is sealed. */
  | { readonly kind: 'json'; readonly outer: unknown; readonly raw: unknown }
  /** Anything else (a journal, a torn file): its readable text, and whether sealed parts stayed shut. */
  | { readonly kind: 'text'; readonly readable: string; readonly unverifiable: boolean };

/** Reads a history file with the map's key; sealed parts that do not open make it unverifiable. */
function readContent(text: string, key: SealKey | null): FileContent {
  let outer: unknown;
  try {
    outer = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return readLines(text, key);
  }
  let inner: string | null;
  try {
    inner = openSealed(outer, key);
  } catch {
    // Sealed with another passphrase, or a broken envelope: its contents cannot be checked.
    return { kind: 'text', readable: text, unverifiable: true };
  }
  if (inner === null) return { kind: 'json', outer, raw: outer };
  try {
    return { kind: 'json', outer, raw: JSON.parse(inner) };
  } catch {
    return { kind: 'text', readable: inner, unverifiable: false };
  }
}

/** Text that is not one JSON value: a journal (a value per line, each maybe sealed) or a torn file. */
function readLines(text: string, key: SealKey | null): FileContent {
  const parts = [text];
  let unverifiable = false;
  for (const line of text.split('\n')) {
    if (!line.includes(SEALED_FORMAT)) continue;
    try {
      parts.push(openSealed(JSON.parse(line), key) ?? line);
    } catch {
      // A torn envelope, or one sealed with another passphrase: it may hold the person.
      unverifiable = true;
    }
  }
  return { kind: 'text', readable: parts.join('\n'), unverifiable };
}

/**
 * Rewrites one file without the person; returns what happened to it. A file that cannot be
 * cleaned precisely (not one JSON value, not a readable map, or sealed parts the map's key does not
 * open) is deleted when it mentions the person or cannot be checked. Throws when the disk refuses.
 */
function scrubFile(file: string, actorId: string, names: readonly string[], key: SealKey | null): 'rewritten' | 'removed' | 'unchanged' {
  const scrub = forgetScrubber(names);
  const mentions = (text: string): boolean => scrub(text) !== text || text.includes(`"${actorId}"`);
  const content = readContent(fs.readFileSync(file, 'utf8'), key);
  if (content.kind === 'text') {
    if (!content.unverifiable && !mentions(content.readable)) return 'unchanged';
    fs.rmSync(file);
    return 'removed';
  }
  const { outer, raw } = content;
  const found = mapInside(raw);
  let next: unknown;
  if (found) {
    const doc = forgetPersonInDocument(found.doc, actorId, names).doc;
    next = found.inSnapshot && isRecord(raw) ? { ...(scrubJsonStrings({ ...raw, map: null }, scrub) as object), map: doc } : doc;
  } else {
    next = scrubJsonStrings(raw, scrub);
    if (JSON.stringify(next).includes(`"${actorId}"`)) {
      // Not a map this build can read, yet it refers to the person: it cannot be cleaned precisely.
      fs.rmSync(file);
      return 'removed';
    }
  }
  if (JSON.stringify(next) === JSON.stringify(raw)) return 'unchanged';
  replaceFile(file, JSON.stringify(resealedLike(outer, next, key), undefined, '\t'));
  return 'rewritten';
}

/**
 * Removes the person from every snapshot, backup and damaged copy of the map and deletes its
 * journal (the map file itself must already be written without the person): each file is either
 * cleaned or deleted. Continues past a file that fails and lists it (path and OS code), so as much
 * as possible is forgotten and the user learns which file still needs attention.
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
