import path from 'node:path';
import { fileStamp, freePath } from './file-names';
import { moveFile } from './move-file';
import { makeDir } from './make-dir';

/**
 * Moves a damaged file into the `beschadigd/` folder as `<name>-<stamp>.json`, byte for byte, and
 * returns where it went. Never overwrites anything; throws when the move fails (the file then
 * stays where it was, untouched).
 */
export function moveAside(file: string, damagedDir: string, now: Date): string {
  makeDir(damagedDir);
  const base = path.basename(file).replace(/\.json$/, '');
  const target = freePath(damagedDir, `${base}-${fileStamp(now)}`);
  moveFile(file, target);
  return target;
}
