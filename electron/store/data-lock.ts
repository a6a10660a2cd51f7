import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WijkwebError } from '../../shared/result';

/** The file that says which Wijkweb process owns a data folder. */
export const LOCK_NAME = 'wijkweb.lock';

/** What the lock file holds. */
interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** A held lock on a data folder; `release` removes it (only if it is still ours). */
export interface DataLock {
  readonly file: string;
  release(): void;
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The data-folder locks this process holds now: a lock file with our pid that is not here is stale. */
const heldHere = new Set<string>();

/** Slack for clock corrections after a start: a lock must be this much older than the start to count. */
const BOOT_MARGIN_MS = 5 * 60_000;

/** When this computer last started (real clock); a lock written before that belongs to no running process. */
function bootTime(): number {
  return Date.now() - os.uptime() * 1000 - BOOT_MARGIN_MS;
}

/**
 * Whether a lock of this computer is left over: its process is gone, or it carries our own pid
 * without this process holding it (the pid came round again after a container or machine restart),
 * or it was written before the computer last started.
 */
function isStale(holder: LockInfo, file: string): boolean {
  if (holder.pid === process.pid) return !heldHere.has(file);
  const since = Date.parse(holder.since);
  if (Number.isFinite(since) && since < bootTime()) return true;
  return !isRunning(holder.pid);
}

function readLock(file: string): LockInfo | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockInfo>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, since: typeof value.since === 'string' ? value.since : '' };
  } catch {
    return null;
  }
}

/**
 * Claims a data folder for this process, so the desktop app and browser mode (or two copies of
 * either) never write the same maps at once. A lock left by a process that no longer runs (a crash,
 * a kill, a restart: see `isStale`) is taken over; a lock of a running process, or of another computer, is refused with a
 * Dutch message that says which process holds it and where the lock file is.
 */
export function lockDataDir(dataDir: string, now: () => Date = () => new Date()): DataLock {
  const file = path.join(dataDir, LOCK_NAME);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: now().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      heldHere.add(file);
      return {
        file,
        release: () => {
          heldHere.delete(file);
          const current = readLock(file);
          if (current?.pid === mine.pid && current.host === mine.host) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new WijkwebError('io-error', `Wijkweb kon de gegevensmap ${dataDir} niet in gebruik nemen (${(error as NodeJS.ErrnoException).code ?? 'onbekende fout'}).`);
      }
    }
    const holder = readLock(file);
    const stale = holder === null || (holder.host === mine.host && isStale(holder, file));
    if (!stale) {
      const who = holder.host === mine.host ? `proces ${holder.pid}` : `computer ${holder.host} (proces ${holder.pid})`;
      throw new WijkwebError(
        'conflict',
        `De gegevensmap ${dataDir} is al in gebruik door een andere Wijkweb (${who}, sinds ${holder.since || 'onbekend'}). ` +
          `Sluit die eerst. Weet je zeker dat er geen Wijkweb meer draait, verwijder dan ${file}.`,
      );
    }
    // Left behind by a process that is gone (or unreadable): take it over.
    fs.rmSync(file, { force: true });
  }
  throw new WijkwebError('conflict', `Wijkweb kon de gegevensmap ${dataDir} niet in gebruik nemen: ${file} bleef terugkomen.`);
}
