import fs from 'node:fs';
import path from 'node:path';
import { seal, type SealKey } from './passphrase-envelope';
import { listBackups } from './backups';
import { openSealed, type SealedMapFile } from './sealed-map';

/**
 * Rewrites every backup of a map under another key (`to` null: plain again), when a passphrase
 * is set or removed, so no old version stays readable without it. Each file is replaced
 * atomically (temp file + rename). A backup that is not valid JSON is sealed as raw text (it is
 * of no use for recovery, but its content is protected). Backups that cannot be opened with
 * `from` are left as they are. Returns how many files were rewritten; throws when the disk refuses.
 */
export function resealBackups(dir: string, from: SealKey | null, to: SealKey | null, header: SealedMapFile['map']): number {
  let count = 0;
  for (const backup of listBackups(dir)) {
    let text: string;
    try {
      text = fs.readFileSync(backup.path, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      continue;
    }
    let plain: string;
    try {
      const inner = openSealed(JSON.parse(text), from);
      if (inner === null && !to) continue; // plain already
      plain = inner ?? text;
    } catch (error) {
      if (error instanceof SyntaxError && to) plain = text;
      else continue;
    }
    const content = to ? JSON.stringify({ ...seal(plain, to), map: headerOf(plain, header) }, undefined, '\t') : plain;
    const temp = path.join(dir, `.${path.basename(backup.path)}.tmp`);
    fs.writeFileSync(temp, content, { flag: 'w' });
    fs.renameSync(temp, backup.path);
    count += 1;
  }
  return count;
}

/** The readable header of a backup: its own name and dates when it has them, else the map's. */
function headerOf(plain: string, fallback: SealedMapFile['map']): SealedMapFile['map'] {
  try {
    const raw = JSON.parse(plain) as Record<string, unknown>;
    const text = (key: 'name' | 'createdAt' | 'updatedAt'): string => (typeof raw[key] === 'string' ? raw[key] : fallback[key]);
    return { id: fallback.id, name: text('name'), createdAt: text('createdAt'), updatedAt: text('updatedAt') };
  } catch {
    return fallback;
  }
}
