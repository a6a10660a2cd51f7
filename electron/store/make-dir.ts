import fs from 'node:fs';
import path from 'node:path';
import { errorCode } from './file-names';

/** The folder itself or its nearest parent that exists, or null. */
function nearestExisting(dir: string): string | null {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (fs.existsSync(current)) return current;
    if (path.dirname(current) === current) return null;
  }
}

/**
 * Creates a folder and its parents (like `mkdir -p`), throwing the real cause when that fails:
 * Node's recursive mkdir reports ENOENT on a read-only file system, which would send the user
 * looking for a missing folder instead of a locked disk. The writability check turns it into
 * EROFS or EACCES.
 */
export function makeDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    const existing = nearestExisting(dir);
    if (existing) fs.accessSync(existing, fs.constants.W_OK);
    throw error;
  }
}
