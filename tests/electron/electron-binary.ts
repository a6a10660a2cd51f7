import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable if it is really installed (the npm package alone is not enough: its
 * postinstall download may have been skipped), otherwise null. Never throws.
 */
export function findElectronBinary(root: string): string | null {
  try {
    const pkgDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const relative = readFileSync(pathFile, 'utf8').trim();
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const candidate = override ? join(override, relative) : join(pkgDir, 'dist', relative);
    if (!statSync(candidate).isFile()) return null;
    if (process.platform !== 'win32') accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    return null;
  }
}
