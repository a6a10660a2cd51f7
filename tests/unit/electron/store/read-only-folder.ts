import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Makes a folder read-only for this process and undoes that; `null` when this machine cannot. */
export interface ReadOnlySwitch {
  /** How: a read-only bind mount (root: EROFS, as on a locked USB stick) or file modes (EACCES). */
  readonly how: 'mount' | 'chmod';
  on(dir: string): void;
  off(dir: string): void;
}

function canBindMountReadOnly(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkweb-ro-probe-'));
  try {
    execFileSync('mount', ['--bind', probe, probe], { stdio: 'ignore' });
    execFileSync('mount', ['-o', 'remount,ro,bind', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    try {
      execFileSync('umount', [probe], { stdio: 'ignore' });
    } catch {
      // Was not mounted.
    }
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}

/** The way to make a folder read-only here: root uses a read-only bind mount, others file modes. */
export function readOnlySwitch(): ReadOnlySwitch | null {
  if (process.getuid?.() !== 0) {
    return {
      how: 'chmod',
      on: (dir) => execFileSync('chmod', ['-R', 'a-w', dir]),
      off: (dir) => execFileSync('chmod', ['-R', 'u+w', dir]),
    };
  }
  if (!canBindMountReadOnly()) return null;
  return {
    how: 'mount',
    on: (dir) => {
      execFileSync('mount', ['--bind', dir, dir]);
      execFileSync('mount', ['-o', 'remount,ro,bind', dir]);
    },
    off: (dir) => execFileSync('umount', [dir]),
  };
}
