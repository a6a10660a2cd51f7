import fs from 'node:fs';
import path from 'node:path';
import { fileStamp, freePath } from './file-names';
import { moveFile } from './move-file';
import { makeDir } from './make-dir';

/** `<stamp>.json` or `<stamp>-<n>.json`, as made by `freePath(dir, fileStamp(date))`. */
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z)(?:-(\d+))?\.json$/;

/** One backup file of a map. */
export interface BackupFile {
  readonly path: string;
  readonly stamp: string;
  readonly seq: number;
}

/** The backups in a folder, newest first; files with other names are not backups and are ignored. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const match = BACKUP_NAME.exec(name);
    if (match?.[1]) found.push({ path: path.join(dir, name), stamp: match[1], seq: Number(match[2] ?? 0) });
  }
  return found.sort((a, b) => (a.stamp === b.stamp ? b.seq - a.seq : a.stamp < b.stamp ? 1 : -1));
}

/**
 * Copies the file as it is on disk now into the backup folder, before it is replaced. Does nothing
 * when there is no regular file yet. Throws when the copy fails, so the write that follows is not made.
 */
export function copyToBackups(file: string, dir: string, now: Date): string | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  makeDir(dir);
  const target = freePath(dir, fileStamp(now));
  fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
  return target;
}

/** Moves a file into the backup folder as its newest backup (used when a map is deleted). */
export function moveToBackups(file: string, dir: string, now: Date): string {
  makeDir(dir);
  const target = freePath(dir, fileStamp(now));
  moveFile(file, target);
  return target;
}

/** Writes text as the newest backup (the unsaved state of a map that is deleted). */
export function writeToBackups(text: string, dir: string, now: Date): string {
  makeDir(dir);
  const target = freePath(dir, fileStamp(now));
  fs.writeFileSync(target, text, { flag: 'wx' });
  return target;
}

/**
 * Removes the oldest backups so that at most `keep` remain. A backup that cannot be removed is left
 * (one backup too many harms nothing), so this never throws.
 */
export function pruneBackups(dir: string, keep: number): void {
  for (const old of listBackups(dir).slice(Math.max(0, keep))) {
    try {
      fs.rmSync(old.path, { force: true });
    } catch {
      // Left for the next prune; an extra backup is harmless.
    }
  }
}
