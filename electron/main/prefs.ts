import ElectronStore from 'electron-store';
import { prefsSchema, type Prefs } from '../../shared/ipc/contract';
import { WijkwebError } from '../../shared/result';
import { PREFS_NAME } from '../store/data-layout';
import { DEFAULT_PREFS, openConfPrefs, type PrefsStore } from '../store/index';
import type { WindowStateStore } from './window';
import type { WindowState } from './window-state';

/**
 * The preferences, kept by electron-store in the data folder — the same `prefs.json` that browser
 * mode reads through conf, so both modes share the language. When electron-store cannot read the
 * file (damaged JSON), the conf-based store takes over: it moves the file aside and tells the user.
 */
export function openElectronPrefs(dataDir: string): PrefsStore {
  let store: ElectronStore<Prefs>;
  try {
    store = new ElectronStore<Prefs>({
      name: PREFS_NAME,
      cwd: dataDir,
      defaults: DEFAULT_PREFS,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      watch: false,
    });
  } catch (error) {
    console.warn('[wijkweb] Voorkeuren niet leesbaar via electron-store; de reservelezer neemt het over.', error);
    return openConfPrefs(dataDir);
  }
  const read = (): Prefs => {
    const parsed = prefsSchema.safeParse({ ...DEFAULT_PREFS, ...store.store });
    return parsed.success ? parsed.data : DEFAULT_PREFS;
  };
  return {
    get: read,
    set: (patch) => {
      const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const next = prefsSchema.parse({ ...read(), ...changes });
      try {
        store.set(next);
      } catch (error) {
        throw new WijkwebError(
          'io-error',
          `Wijkweb kon de voorkeuren niet opslaan in ${store.path}. Controleer of de schijf vol is of de map alleen-lezen is.`,
          [error instanceof Error ? error.message : String(error)],
        );
      }
      return next;
    },
  };
}

/** Where the main window's position and size are kept between sessions (electron-store, userData). */
export function openWindowStateStore(dataDir: string): WindowStateStore {
  let store: ElectronStore<{ main?: WindowState }> | null = null;
  try {
    // Only window geometry lives here (no user data), so a damaged file may simply start over.
    store = new ElectronStore<{ main?: WindowState }>({ name: 'window-state', cwd: dataDir, clearInvalidConfig: true, watch: false });
  } catch (error) {
    console.warn('[wijkweb] Vensterpositie niet leesbaar; het venster opent op de standaardplek.', error);
  }
  return {
    load: () => store?.get('main'),
    save: (state) => {
      try {
        store?.set('main', state);
      } catch (error) {
        console.warn('[wijkweb] Vensterpositie niet bewaard:', error);
      }
    },
  };
}
