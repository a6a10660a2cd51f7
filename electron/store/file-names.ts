import fs from 'node:fs';
import path from 'node:path';

/** A timestamp usable in a file name on every OS, sorting by time: `2026-03-01T09-15-02.123Z`. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-');
}

/**
 * A path `dir/<base>.json` that does not exist yet; when it does, `dir/<base>-<n>.json` with the
 * smallest free n ≥ 1. Used for backups and moved-aside files, which must never overwrite another.
 */
export function freePath(dir: string, base: string): string {
  let candidate = path.join(dir, `${base}.json`);
  for (let n = 1; fs.existsSync(candidate); n++) candidate = path.join(dir, `${base}-${n}.json`);
  return candidate;
}

/** The `code` of a Node error (`ENOSPC`, `EACCES`, …), or `onbekend` when it has none. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return 'onbekend';
}

/** The message of an error, for a Dutch notice that quotes the OS's own words. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
