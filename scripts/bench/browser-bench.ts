// Renderer side of `npm run bench`: opens generated maps in headless Chromium through the
// browser-mode bridge and measures what a user feels. Bundled to out/bench/browser-bench.mjs and run
// as `node out/bench/browser-bench.mjs <root> <sizes,comma,separated>`; prints one JSON line per size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { generateClusteredMap } from './generate-map';
import { armClickClock, gesture, layout, msUntilDrawn, openMap, round } from './page-steps';
import { startServer } from './server';
import { quantile } from './stats';

const root = process.argv[2] ?? process.cwd();
const sizes = (process.argv[3] ?? '200').split(',').map(Number);
const VIEWPORT = { width: 1400, height: 860 };

/** Adds actors through the form; each time from the click on "Opslaan" until the new node is drawn. */
async function edits(page: Page, count: number): Promise<number[]> {
  const times: number[] = [];
  const panel = page.getByTestId('side-panel');
  for (let i = 0; i < count; i++) {
    await page.getByRole('button', { name: 'Actor toevoegen' }).click();
    await panel.getByLabel('Naam', { exact: true }).fill(`Bench ${i}`);
    await armClickClock(page);
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    times.push(await msUntilDrawn(page, `Bench ${i}`, 60_000));
    await page.keyboard.press('Escape');
  }
  return times;
}

async function withPage<T>(browser: Browser, override: string | null, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-NL' });
  if (override) await context.addInitScript((value) => localStorage.setItem('wijkweb.renderer', value), override);
  const page = await context.newPage();
  try {
    return await run(page);
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, actors: number): Promise<Record<string, unknown>> {
  const doc = generateClusteredMap(actors);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkweb-bench-ui-'));
  fs.mkdirSync(path.join(dataDir, 'maps'));
  fs.writeFileSync(path.join(dataDir, 'maps', `${doc.id}.json`), JSON.stringify(doc));
  const server = await startServer(root, dataDir);
  const result: Record<string, unknown> = { actors };
  try {
    await withPage(browser, null, async (page) => {
      result.firstFrameMs = round(await openMap(page, server.url, doc.name));
      result.renderer = await page.evaluate(() => {
        const canvas = document.createElement('canvas');
        const gl = canvas.getContext('webgl2');
        const info = gl?.getExtension('WEBGL_debug_renderer_info');
        return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'geen WebGL';
      });
      const g = await gesture(page);
      result.fpsGesture = round(g.fps);
      result.gestureFreezeMs = round(g.freezeMs);
      result.gestureLongestTaskMs = round(g.longestTaskMs);
      const l = await layout(page);
      result.layoutUiMs = l.ms;
      result.longestTaskMs = round(l.longestTaskMs);
      result.layoutApplyTaskMs = round(l.applyTaskMs);
      result.layoutTasks = l.tasks;
      const times = (await edits(page, actors >= 20_000 ? 5 : 15)).sort((a, b) => a - b);
      result.editMedianMs = round(quantile(times, 0.5));
      result.editP95Ms = round(quantile(times, 0.95));
    });
    for (const override of ['canvas', 'webgl'] as const) {
      await withPage(browser, override, async (page) => {
        await openMap(page, server.url, doc.name);
        const g = await gesture(page);
        result[override === 'canvas' ? 'fpsCanvas' : 'fpsWebgl'] = round(g.fps);
        result[override === 'canvas' ? 'freezeCanvasMs' : 'freezeWebglMs'] = round(g.freezeMs);
      });
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return result;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const actors of sizes) process.stdout.write(`${JSON.stringify(await measure(browser, actors))}\n`);
} finally {
  await browser.close();
}
