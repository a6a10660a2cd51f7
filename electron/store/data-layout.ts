import path from 'node:path';

/** Map ids that may become a file name: letters, digits, `-` and `_`, as made by `newId()`. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** Tells whether an id is safe to use as a file name (no path separators, dots or spaces). */
export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

/** The configName (file name without `.json`) of the list of maps. */
export const INDEX_NAME = 'maps-index';
/** The configName (file name without `.json`) of the preferences document. */
export const PREFS_NAME = 'prefs';

/**
 * Where everything lives in the data folder:
 * `maps-index.json`, `maps/<id>.json`, `maps/<id>.journal`, `backups/<id>/<stamp>.json`, `beschadigd/`,
 * `prefs.json`, `wijkweb.lock`.
 */
export class DataLayout {
  /** The data folder itself, as an absolute path. */
  readonly root: string;

  constructor(dataDir: string) {
    this.root = path.resolve(dataDir);
  }

  /** The list of maps: a cache, rebuilt from `maps/` when missing or damaged. */
  get indexFile(): string {
    return path.join(this.root, `${INDEX_NAME}.json`);
  }

  /** The folder that holds one JSON document per map. */
  get mapsDir(): string {
    return path.join(this.root, 'maps');
  }

  /** The folder damaged files are moved to (never deleted, never overwritten). */
  get damagedDir(): string {
    return path.join(this.root, 'beschadigd');
  }

  /** The preferences document. */
  get prefsFile(): string {
    return path.join(this.root, `${PREFS_NAME}.json`);
  }

  /** The folder that holds all backup folders. */
  get backupsRoot(): string {
    return path.join(this.root, 'backups');
  }

  /** The file of one map; the id must have passed `isSafeId`. */
  mapFile(id: string): string {
    return path.join(this.mapsDir, `${id}.json`);
  }

  /** The write-ahead journal of one map: changes confirmed but not yet in its file. */
  journalFile(id: string): string {
    return path.join(this.mapsDir, `${id}.journal`);
  }

  /** The rotating backups of one map. */
  backupDir(id: string): string {
    return path.join(this.backupsRoot, id);
  }

  /** The map id a file name in `maps/` stands for, or undefined for any other file (temp files too). */
  static idOfMapFileName(fileName: string): string | undefined {
    if (!fileName.endsWith('.json')) return undefined;
    const id = fileName.slice(0, -'.json'.length);
    return isSafeId(id) ? id : undefined;
  }
}
