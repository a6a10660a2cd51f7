import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const SERVER_ENTRY = join(import.meta.dirname, '..', '..', 'out', 'main', 'server.js');
const URL_LINE = /^Wijkweb draait op (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/;

/** A running browser-mode Wijkweb (the HTTP bridge) on a data folder. */
export interface WijkwebServer {
  readonly url: string;
  readonly dataDir: string;
  /** Stops the server the way a user does (SIGTERM: saves are flushed) and waits for the exit. */
  stop(): Promise<void>;
}

/** Starts `out/main/server.js` on a free port with the given data folder; resolves once it prints its URL. */
export async function startServer(dataDir: string): Promise<WijkwebServer> {
  const child: ChildProcess = spawn(process.execPath, [SERVER_ENTRY, '--data', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[wijkweb] ${chunk.toString()}`));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('De server meldde binnen 15 s geen URL.')), 15_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = URL_LINE.exec(line.trim());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`De server stopte (code ${code}) voordat hij een URL gaf.`)));
  });
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
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
