// Renderer side of `npm run bench`: opens generated maps in headless Chromium through the
// browser-mode bridge and measures what a user feels. Bundled to out/bench/browser-bench.mjs and run
// as `node out/bench/browser-bench.mjs <root> <sizes,comma,separated>`; prints one JSON line per size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { reportProfile, startProfile } from './cpu-profile';
import { generateClusteredMap } from './generate-map';
import { startServer } from './server';
import { layout } from './layout-step';
import { quantile } from './stats';

const root = process.argv[2] ?? process.cwd();
const sizes = (process.argv[3] ?? '200').split(',').map(Number);
const flags = process.argv.slice(4);
/** `--only gesture`: open the map and measure only the gestures (app choice, canvas, WebGL). */
const gestureOnly = flags.includes('--only') && flags[flags.indexOf('--only') + 1] === 'gesture';
/** `--no-compare`: skip the forced plain-canvas and WebGL gestures. */
const compare = !flags.includes('--no-compare');
/** `--settle MS`: wait this long after the map opened before the gesture starts (default 500). */
const settleMs = flags.includes('--settle') ? Number(flags[flags.indexOf('--settle') + 1]) : 500;
/** `--profile DIR`: record a CPU profile of each gesture (app choice) and print its hot spots. */
const profileDir = flags.includes('--profile') ? (flags[flags.indexOf('--profile') + 1] ?? null) : null;
const GESTURE_MS = 5_000;
const VIEWPORT = { width: 1400, height: 860 };

declare global {
  interface Window {
    __benchT0?: number;
    __benchLongest?: number;
  }
}

function round(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : Math.round(n * 10) / 10;
}

/** Starts a clock in the page at the next click (capture phase, so before the app reacts). */
async function armClickClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__benchT0 = undefined;
    document.addEventListener('click', () => (window.__benchT0 = performance.now()), { capture: true, once: true });
  });
}

/** Waits in the page until an actor's node exists on the canvas and the next frame is drawn; ms since the armed click. */
async function msUntilDrawn(page: Page, name: string, timeoutMs: number): Promise<number> {
  return page.evaluate(
    ([n, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const check = (): void => {
          if (window.__wijkwebCanvas?.position(n)) {
            // The node is in Cytoscape; it is painted on Cytoscape's next frame, then ours.
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - (window.__benchT0 ?? 0))));
          } else if (performance.now() - started > timeout) reject(new Error(`${n} verscheen niet`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    [name, timeoutMs] as const,
  );
}

/** Records the longest main-thread task from now on (PerformanceObserver 'longtask'). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__benchLongest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongest = Math.max(window.__benchLongest ?? 0, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

async function openMap(page: Page, url: string, name: string): Promise<number> {
  await page.goto(url);
  await page.locator('[data-app-state="ready"]').waitFor({ timeout: 60_000 });
  await armClickClock(page);
  await page.getByRole('listitem', { name, exact: true }).getByRole('button', { name: 'Openen' }).click();
  const ms = await msUntilDrawn(page, 'Actor 1', 180_000);
  await page.getByTestId('map-status').waitFor({ timeout: 60_000 });
  return ms;
}

/** 2.5 s of dragging the view from an empty corner, then 2.5 s of wheel zooming; frames counted in the page. */
async function gesture(page: Page, profileName: string | null = null): Promise<{ fps: number; freezeMs: number; longestTaskMs: number }> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('geen canvas');
  await page.waitForTimeout(settleMs);
  await watchLongTasks(page);
  await page.evaluate(() => window.__wijkwebCanvas?.recordFrames());
  const stopProfile = profileDir && profileName ? await startProfile(page) : null;
  const start = await page.evaluate(() => performance.now());
  const began = Date.now();
  const corner = { x: box.x + box.width - 12, y: box.y + 12 };
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  for (let i = 0; Date.now() - began < GESTURE_MS / 2; i++) {
    const angle = i / 10;
    await page.mouse.move(corner.x - 150 - 120 * Math.cos(angle), corner.y + 150 + 120 * Math.sin(angle));
  }
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; Date.now() - began < GESTURE_MS; i++) {
    await page.mouse.wheel(0, i % 20 < 10 ? -60 : 60);
  }
  const end = await page.evaluate(() => performance.now());
  if (stopProfile && profileDir && profileName) reportProfile(await stopProfile(), profileDir, profileName);
  const frames = (await page.evaluate(() => window.__wijkwebCanvas?.frameTimes() ?? [])).filter((f) => f >= start && f <= end);
  let freeze = 0;
  let previous = start;
  for (const f of frames) {
    // Gaps that start in the first second count, also when the next frame comes later.
    freeze = Math.max(freeze, f - previous);
    previous = f;
    if (f - start > 1_000) break;
  }
  if (frames.length === 0) freeze = end - start;
  const longestTaskMs = await page.evaluate(() => window.__benchLongest ?? 0);
  await page.waitForTimeout(300);
  return { fps: frames.length / ((end - start) / 1000), freezeMs: freeze, longestTaskMs };
}

/** Adds actors through the form; each time from the click on "Opslaan" until the new node is drawn. */
async function edits(page: Page, count: number, prefix = 'Bench'): Promise<number[]> {
  const times: number[] = [];
  const panel = page.getByTestId('side-panel');
  for (let i = 0; i < count; i++) {
    await page.getByRole('button', { name: 'Actor toevoegen' }).click();
    await panel.getByLabel('Naam', { exact: true }).fill(`${prefix} ${i}`);
    await armClickClock(page);
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    times.push(await msUntilDrawn(page, `${prefix} ${i}`, 60_000));
    await page.keyboard.press('Escape');
  }
  return times;
}

/** Wheel-zooms in at the middle of the canvas until the map shows at 100 % (a working view: labels readable). */
async function zoomToWorkingLevel(page: Page): Promise<void> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('geen canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 200 && (await page.evaluate(() => window.__wijkwebCanvas?.zoom() ?? 1)) < 1; i++) {
    await page.mouse.wheel(0, -120);
  }
  await page.waitForTimeout(500);
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
      const g = await gesture(page, `gesture-${actors}`);
      result.fpsGesture = round(g.fps);
      result.gestureFreezeMs = round(g.freezeMs);
      result.gestureLongestTaskMs = round(g.longestTaskMs);
      if (gestureOnly) return;
      const l = await layout(page);
      result.layoutUiMs = l.ms;
      result.longestTaskMs = round(l.longestTaskMs);
      result.layoutApplyTaskMs = round(l.applyTaskMs);
      // How many times the UI froze for 100 ms or more between the click on "Indeling" and "toegepast".
      result.layoutTasksOver100 = l.tasks.filter((task) => task.phase !== 'before' && task.ms >= 100).length;
      const count = actors >= 20_000 ? 5 : 15;
      const times = (await edits(page, count)).sort((a, b) => a - b);
      result.editMedianMs = round(quantile(times, 0.5));
      result.editP95Ms = round(quantile(times, 0.95));
      // The same edits in a working view (100 %): the canvas then draws a part of the map.
      await zoomToWorkingLevel(page);
      const zoomed = (await edits(page, count, 'Zoom')).sort((a, b) => a - b);
      result.editZoomedMedianMs = round(quantile(zoomed, 0.5));
      result.editZoomedP95Ms = round(quantile(zoomed, 0.95));
    });
    for (const override of compare ? (['canvas', 'webgl'] as const) : []) {
      await withPage(browser, override, async (page) => {
        await openMap(page, server.url, doc.name);
        const g = await gesture(page, `gesture-${override}-${actors}`);
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
