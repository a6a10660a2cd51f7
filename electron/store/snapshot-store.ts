import fs from 'node:fs';
import path from 'node:path';
import { newId } from '../../shared/domain/ids';
import type { MapDocument } from '../../shared/domain/map-document';
import { readMapDocument } from '../../shared/domain/migrations';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  snapshotFileSchema,
  snapshotInfo,
  type SnapshotInfo,
  type SnapshotMeta,
} from '../../shared/domain/snapshot';
import { formatIssues } from '../../shared/domain/zod-issues';
import { WijkwebError } from '../../shared/result';
import { ConfDocument } from './conf-document';
import { isSafeId } from './data-layout';
import { errorCode } from './file-names';
import type { SealKey } from './passphrase-envelope';
import { openSealed, sealValue } from './sealed-map';

/** A snapshot read from disk: its list entry and the frozen map. */
export interface Snapshot {
  readonly info: SnapshotInfo;
  readonly doc: MapDocument;
}

/** A snapshot file that could not be read: left where it is, named in the timeline. */
export interface DamagedSnapshot {
  readonly file: string;
  readonly reason: string;
}

/**
 * Snapshots ("momentopnamen") of maps: one JSON file per snapshot in `snapshots/<mapId>/<id>.json`
 * next to the maps, written atomically through conf and never changed afterwards. A file that fails
 * to read is reported, never moved or overwritten.
 */
export class SnapshotStore {
  readonly #root: string;
  readonly #now: () => Date;
  readonly #keyOf: (mapId: string) => SealKey | null;

  /** `keyOf` gives the key of a map sealed with a passphrase (its snapshots are sealed too), or null. */
  constructor(dataDir: string, now: () => Date = () => new Date(), keyOf: (mapId: string) => SealKey | null = () => null) {
    this.#root = path.join(path.resolve(dataDir), 'snapshots');
    this.#now = now;
    this.#keyOf = keyOf;
  }

  /**
   * Rewrites every snapshot of a map under another key (`to` null: plain again), e.g. when a
   * passphrase is set or removed. Files that cannot be opened with `from` are left as they are.
   * Returns how many files were rewritten.
   */
  reseal(mapId: string, from: SealKey | null, to: SealKey | null): number {
    const dir = this.dirOf(mapId);
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => n.endsWith('.json'));
    } catch {
      return 0;
    }
    let count = 0;
    for (const name of names) {
      let value: unknown;
      try {
        const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
        const inner = openSealed(raw, from);
        value = inner === null ? raw : JSON.parse(inner);
      } catch {
        continue;
      }
      new ConfDocument<Record<string, unknown>>(dir, name.slice(0, -'.json'.length)).write(sealValue(value, to) as Record<string, unknown>);
      count += 1;
    }
    return count;
  }

  /** The folder of one map's snapshots. */
  dirOf(mapId: string): string {
    if (!isSafeId(mapId)) throw new WijkwebError('invalid-input', `Ongeldig kaart-id "${mapId}".`);
    return path.join(this.#root, mapId);
  }

  /** Freezes a copy of the whole map document under a name, date and note. */
  create(doc: MapDocument, meta: SnapshotMeta): SnapshotInfo {
    const id = newId();
    const header = { id, mapId: doc.id, name: meta.name.trim(), date: meta.date, note: meta.note, createdAt: this.#now().toISOString() };
    const file = new ConfDocument<Record<string, unknown>>(this.dirOf(doc.id), id);
    try {
      const content = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, ...header, map: doc };
      file.write(sealValue(content, this.#keyOf(doc.id)) as Record<string, unknown>);
    } catch (error) {
      throw new WijkwebError('io-error', `De momentopname kon niet worden bewaard in ${file.path} (${errorCode(error)}).`);
    }
    return snapshotInfo(header, doc);
  }

  /** All snapshots of a map, oldest date first, plus the files that could not be read. */
  list(mapId: string): { snapshots: SnapshotInfo[]; damaged: DamagedSnapshot[] } {
    const dir = this.dirOf(mapId);
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => n.endsWith('.json'));
    } catch {
      return { snapshots: [], damaged: [] };
    }
    const snapshots: SnapshotInfo[] = [];
    const damaged: DamagedSnapshot[] = [];
    for (const name of names) {
      const read = this.#read(path.join(dir, name), mapId);
      if ('reason' in read) damaged.push(read);
      else snapshots.push(read.info);
    }
    snapshots.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
    return { snapshots, damaged };
  }

  /** One snapshot with its frozen map; `not-found` or `damaged-file` otherwise. */
  get(mapId: string, snapshotId: string): Snapshot {
    if (!isSafeId(snapshotId)) throw new WijkwebError('invalid-input', `Ongeldig id van momentopname "${snapshotId}".`);
    const file = path.join(this.dirOf(mapId), `${snapshotId}.json`);
    if (!fs.existsSync(file)) throw new WijkwebError('not-found', `Momentopname "${snapshotId}" bestaat niet.`);
    const read = this.#read(file, mapId);
    if ('reason' in read) throw new WijkwebError('damaged-file', read.reason, [read.file]);
    return read;
  }

  /** Deletes one snapshot file for good; `not-found` when there is none, `io-error` when the disk refuses. */
  delete(mapId: string, snapshotId: string): void {
    if (!isSafeId(snapshotId)) throw new WijkwebError('invalid-input', `Ongeldig id van momentopname "${snapshotId}".`);
    const file = path.join(this.dirOf(mapId), `${snapshotId}.json`);
    if (!fs.existsSync(file)) throw new WijkwebError('not-found', `Momentopname "${snapshotId}" bestaat niet.`);
    try {
      fs.rmSync(file);
    } catch (error) {
      throw new WijkwebError('io-error', `De momentopname ${file} kon niet worden verwijderd (${errorCode(error)}).`);
    }
  }

  #read(file: string, mapId: string): Snapshot | DamagedSnapshot {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      const why = error instanceof SyntaxError ? 'geen geldige JSON' : `niet leesbaar (${errorCode(error)})`;
      return { file, reason: `Momentopname ${file} is ${why}.` };
    }
    try {
      const inner = openSealed(raw, this.#keyOf(mapId));
      if (inner !== null) raw = JSON.parse(inner);
    } catch (error) {
      return { file, reason: `Momentopname ${file}: ${error instanceof Error ? error.message : String(error)}` };
    }
    const header = snapshotFileSchema.safeParse(raw);
    if (!header.success) {
      return { file, reason: `Momentopname ${file} klopt niet: ${formatIssues(header.error).slice(0, 3).join('; ')}` };
    }
    const doc = readMapDocument(header.data.map);
    if (!doc.ok) {
      const places = (doc.error.details ?? []).slice(0, 3).map((d) => `map.${d}`);
      return { file, reason: `Momentopname ${file}: ${doc.error.message} ${places.join('; ')}`.trim() };
    }
    return { info: snapshotInfo({ ...header.data, mapId }, doc.value), doc: doc.value };
  }
}

