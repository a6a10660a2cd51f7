import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary';

const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'out', 'main', 'index.js');
const binary = findElectronBinary(ROOT);

test.describe('Wijkweb as a desktop app', () => {
  test.skip(
    binary === null,
    'Geen Electron-binary op deze machine: node_modules/electron is zonder download geïnstalleerd (path.txt/dist ontbreekt). ' +
      'Installeer Electron (npx install-electron) of zet ELECTRON_OVERRIDE_DIST_PATH om deze test te draaien.',
  );

  let dataDir = '';
  let app: ElectronApplication | null = null;

  test.beforeEach(() => {
    test.skip(!existsSync(MAIN), 'out/main/index.js ontbreekt: bouw eerst met npm run build.');
    dataDir = mkdtempSync(join(tmpdir(), 'wijkweb-electron-'));
  });

  test.afterEach(async () => {
    if (app !== null) {
      // Bounded: a hanging quit must not hang the test run.
      await Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      app = null;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens, creates the map "Lindenhof" and lists it', async () => {
    const args = [ROOT];
    // Chromium refuses to run as root without this (containers, CI).
    if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
    // The built renderer, never a dev server; a fresh data folder, never the user's own.
    const { ELECTRON_RENDERER_URL: _devServer, ...env } = process.env;
    app = await electron.launch({
      executablePath: binary ?? undefined,
      args,
      cwd: ROOT,
      env: { ...env, WIJKWEB_DATA_DIR: dataDir },
    });
    app.process().stdout?.on('data', (chunk: Buffer) => process.stdout.write(`[electron] ${chunk.toString()}`));
    app.process().stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[electron] ${chunk.toString()}`));

    const page = await app.firstWindow();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();

    await page.getByRole('button', { name: 'Nieuwe kaart' }).click();
    await page.getByLabel('Naam van de kaart').fill('Lindenhof');
    await page.getByRole('button', { name: 'Maken' }).click();

    await expect(page.getByText('Lindenhof').first()).toBeVisible();
    const listed = await page.evaluate(async () => {
      const result = await window.wijkweb?.maps.list({});
      return result?.ok ? result.value.map((map) => map.name) : [];
    });
    expect(listed).toEqual(['Lindenhof']);

    // The page itself has no Node: the preload exposes only window.wijkweb.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });
});
