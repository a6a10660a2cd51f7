import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, fstatSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A tiny file system of its own (tmpfs), so a test can fill it up without touching the machine's disk. */
export interface SmallDisk {
  readonly dir: string;
  /** Fills the disk up to the last byte with a filler file, then frees `leaveBytes` again. */
  fill(leaveBytes?: number): void;
  /** Deletes the filler: the disk has room again. */
  free(): void;
  /** Unmounts and removes the mount point. */
  remove(): void;
}

/** Why a small disk cannot be made here, or null when it can (root, and `mount -t tmpfs` works). */
export function smallDiskUnavailable(): string | null {
  if (process.platform !== 'linux') return 'een kleine tmpfs kan alleen op Linux worden gemaakt';
  if (process.getuid?.() !== 0) return 'een tmpfs mounten vraagt root (draai als root, bv. in de CI-container)';
  const probe = mkdtempSync(join(tmpdir(), 'wijkweb-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return null;
  } catch {
    return 'mount -t tmpfs mislukte (geen CAP_SYS_ADMIN in deze container?)';
  } finally {
    rmdirSync(probe);
  }
}

/** Mounts a tmpfs of `sizeKb` KiB on a fresh folder. Call `smallDiskUnavailable()` first. */
export function mountSmallDisk(sizeKb = 2048): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'wijkweb-vol-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  const filler = join(dir, 'vuller.bin');
  return {
    dir,
    fill(leaveBytes = 0) {
      const fd = openSync(filler, 'a');
      const block = Buffer.alloc(4096, 0x55);
      try {
        for (;;) writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
      // Byte by byte into the last partial block (a write that finds no room at all fails).
      try {
        for (;;) writeSync(fd, block, 0, 1);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
      if (leaveBytes > 0) ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leaveBytes));
      closeSync(fd);
    },
    free() {
      rmSync(filler, { force: true });
    },
    remove() {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
