import fs from 'node:fs';

/**
 * Moves a file to a path that does not exist yet, keeping its bytes exactly. Uses rename; across
 * file systems (EXDEV) it copies without overwriting and only then removes the original.
 */
export function moveFile(from: string, to: string): void {
  if (fs.existsSync(to)) throw Object.assign(new Error(`Doelbestand bestaat al: ${to}`), { code: 'EEXIST' });
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== 'EXDEV') throw error;
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    fs.rmSync(from);
  }
}
