import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge, type RunningBridge } from '../../scripts/lib/start-bridge';

const SERVER_ENTRY = join(import.meta.dirname, '..', '..', 'out', 'main', 'server.js');

/** A running browser-mode Wijkweb (the HTTP bridge) on a data folder. */
export type WijkwebServer = RunningBridge;

/** Starts `out/main/server.js` on a free port with the given data folder; resolves once it prints its URL. */
export function startServer(dataDir: string): Promise<WijkwebServer> {
  return startBridge({ serverEntry: SERVER_ENTRY, dataDir, timeoutMs: 15_000, stderrPrefix: '[wijkweb] ' });
}

/** Opens the app in the page and waits until it says it is ready. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
}

/** The app under test: its current URL, and a restart that keeps the data folder. */
export interface WijkwebApp {
  readonly url: string;
  readonly dataDir: string;
  /**
   * Stops the server (flushing saves, as closing the app does) and starts it again on the same data.
   * `whileStopped` runs in between, e.g. to damage a file the way a crash or a bad disk would.
   */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
}

interface Fixtures {
  /** A fresh, empty data folder, removed after the test. */
  dataDir: string;
  /** Wijkweb in browser mode on `dataDir`, stopped after the test. */
  wijkweb: WijkwebApp;
}

export const test = base.extend<Fixtures>({
  // Playwright requires the first fixture argument to be an object pattern.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'wijkweb-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  wijkweb: async ({ dataDir }, use) => {
    let server = await startServer(dataDir);
    await use({
      get url() {
        return server.url;
      },
      dataDir,
      async restart(whileStopped) {
        await server.stop();
        await whileStopped?.();
        server = await startServer(dataDir);
      },
    });
    await server.stop();
  },
});

export { expect };
