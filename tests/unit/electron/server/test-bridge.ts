import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge, type Bridge } from '../../../../electron/server/http-bridge';
import { createHandlers, MapStore, openConfPrefs } from '../../../../electron/store/index';

/** A bridge on a free port over a fresh data folder, with a one-page app; `stop` removes it all. */
export interface TestBridge {
  readonly bridge: Bridge;
  readonly store: MapStore;
  /** Errors handlers threw unexpectedly (a test expects none). */
  readonly internalErrors: unknown[];
  stop(): Promise<void>;
}

/** Starts a bridge for a test in its own temporary folder. */
export async function startTestBridge(token: string): Promise<TestBridge> {
  const root = mkdtempSync(join(tmpdir(), 'wijkweb-bridge-test-'));
  const staticDir = join(root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Wijkweb</title>');
  const dataDir = join(root, 'data');
  const internalErrors: unknown[] = [];
  const store = MapStore.open({ dataDir, saveDelayMs: 5 });
  const handlers = createHandlers({ store, prefs: openConfPrefs(dataDir), info: { version: '0', mode: 'browser', dataDir } });
  const bridge = await startBridge({ handlers, staticDir, port: 0, host: '127.0.0.1', token, onInternalError: (e) => internalErrors.push(e) });
  return {
    bridge,
    store,
    internalErrors,
    stop: async () => {
      await bridge.close();
      store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
