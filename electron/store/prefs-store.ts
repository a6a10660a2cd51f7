import fs from 'node:fs';
import { formatIssues } from '../../shared/domain/zod-issues';
import { prefsSchema, type Prefs } from '../../shared/ipc/contract';
import { WijkwebError } from '../../shared/result';
import { ConfDocument } from './conf-document';
import { DataLayout, PREFS_NAME } from './data-layout';
import { errorCode, errorMessage } from './file-names';
import { moveAside } from './quarantine';

/** The app's preferences; Electron main wraps electron-store to this same interface. */
export interface PrefsStore {
  /** The current preferences. */
  get(): Prefs;
  /** Changes some preferences, saves them, and returns all of them. Throws a WijkwebError. */
  set(patch: Partial<Prefs>): Prefs;
}

/** The preferences of a fresh install: Dutch. */
export const DEFAULT_PREFS: Prefs = { language: 'nl' };

const patchSchema = prefsSchema.partial().strict();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is in `prefs.json`: valid preferences (plus keys of newer versions), absent, or invalid. */
function readPrefsFile(file: string): { kind: 'ok'; prefs: Prefs; raw: Record<string, unknown> } | { kind: 'missing' } | { kind: 'invalid' } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'invalid' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'invalid' };
  }
  const parsed = prefsSchema.safeParse(raw);
  return parsed.success && isRecord(raw) ? { kind: 'ok', prefs: parsed.data, raw } : { kind: 'invalid' };
}

/**
 * Preferences as the conf document `prefs.json` in the data folder (browser mode and tests).
 * Invalid content gives the defaults; the invalid file is moved to `beschadigd/`, never overwritten.
 * Keys this version does not know (from a newer Wijkweb) are kept when saving.
 */
export function openConfPrefs(dataDir: string): PrefsStore {
  const layout = new DataLayout(dataDir);
  const file = layout.prefsFile;
  const doc = new ConfDocument<Record<string, unknown>>(layout.root, PREFS_NAME);
  const read = readPrefsFile(file);
  let prefs: Prefs = read.kind === 'ok' ? read.prefs : { ...DEFAULT_PREFS };
  let kept: Record<string, unknown> = read.kind === 'ok' ? read.raw : {};
  let damagedInPlace = read.kind === 'invalid';

  const moveDamagedAside = (): void => {
    if (!damagedInPlace) return;
    try {
      if (fs.existsSync(file)) moveAside(file, layout.damagedDir, new Date());
      damagedInPlace = false;
    } catch (error) {
      throw new WijkwebError(
        'io-error',
        `Wijkweb kon het beschadigde voorkeurenbestand ${file} niet opzij zetten (${errorCode(error)}); het is niet overschreven.`,
        [errorMessage(error)],
      );
    }
  };
  try {
    moveDamagedAside();
  } catch {
    // Retried on the first set(); until then the defaults are used and the file is left alone.
  }

  return {
    get: () => ({ ...prefs }),
    set(patch) {
      const parsed = patchSchema.safeParse(patch);
      if (!parsed.success) throw new WijkwebError('invalid-input', 'Deze voorkeur bestaat niet of heeft een ongeldige waarde.', formatIssues(parsed.error));
      const changes = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
      const next: Prefs = prefsSchema.parse({ ...prefs, ...changes });
      moveDamagedAside();
      try {
        doc.write({ ...kept, ...next });
      } catch (error) {
        throw new WijkwebError(
          'io-error',
          `Wijkweb kon de voorkeuren niet opslaan in ${file} (${errorCode(error)}). Controleer of de schijf vol is of de map alleen-lezen is.`,
          [errorMessage(error)],
        );
      }
      prefs = next;
      kept = { ...kept, ...next };
      return { ...prefs };
    },
  };
}
