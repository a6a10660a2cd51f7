// `npm run bench:profile -- layout|analysis [actors]` (after `npm run build`): one step of the
// renderer bench under the CPU profiler, to find where the UI thread's long tasks come from.
// Writes out/bench/<step>-<actors>.cpuprofile (open it in Chrome DevTools → Performance) and prints
// the long tasks and, per task, the functions by self and total time.
// BENCH_SETTLE_MS: how long the canvas settles after opening before the step (default 1 000).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { busyStretches, firstCallMs, stretchReport, windowStretch, type CpuProfile } from './busy-stretches';
import { generateClusteredMap } from './generate-map';
import { layout } from './layout-step';
import { startServer } from './server';

const root = process.cwd();
const step = process.argv[2] === 'analysis' ? 'analysis' : 'layout';
const actors = Number(process.argv[3] ?? 5000);
const outDir = path.join(root, 'out', 'bench');
/** How long to let the canvas settle after opening before the step starts (ms). */
const settleMs = Number(process.env.BENCH_SETTLE_MS ?? 1_000);

/** Opens the map from the start screen and waits until it is drawn and its status line shows. */
async function openMap(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-app-state="ready"]').waitFor({ timeout: 60_000 });
  await page.getByRole('listitem', { name, exact: true }).getByRole('button', { name: 'Openen' }).click();
  await page.waitForFunction(() => window.__wijkwebCanvas?.position('Actor 1') != null, undefined, { timeout: 180_000 });
  await page.getByTestId('map-status').waitFor({ timeout: 60_000 });
}

/** Opens the "Analyse" tab and waits until the first result table is shown; longest task meanwhile. */
async function analysis(page: Page): Promise<{ ms: number; longestTaskMs: number; tasks?: undefined }> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchLongest: number };
    w.__benchLongest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongest = Math.max(w.__benchLongest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const tab = await page.getByRole('tab', { name: 'Analyse' }).elementHandle();
  const t = Date.now();
  await tab?.click();
  await page.waitForFunction(() => document.querySelector('#brokers-heading') !== null, undefined, { timeout: 300_000, polling: 250 });
  const ms = Date.now() - t;
  await page.waitForTimeout(500);
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __benchLongest: number }).__benchLongest);
  return { ms, longestTaskMs };
}

const doc = generateClusteredMap(actors);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkweb-profile-ui-'));
fs.mkdirSync(path.join(dataDir, 'maps'));
fs.writeFileSync(path.join(dataDir, 'maps', `${doc.id}.json`), JSON.stringify(doc));
const server = await startServer(root, dataDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await openMap(page, server.url, doc.name);
  await page.waitForTimeout(settleMs);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const measured = step === 'layout' ? await layout(page) : await analysis(page);
  const { profile } = await cdp.send('Profiler.stop');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${step}-${actors}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));
  const cpu = profile as CpuProfile;
  process.stdout.write(`${JSON.stringify({ actors, step, ...measured, load: os.loadavg()[0] })}\n`);
  // The long tasks are timed from the click; the click's event handler marks that moment in the profile.
  const clickMs = firstCallMs(cpu, 'dispatchDiscreteEvent');
  if (measured.tasks && clickMs !== null) {
    const tasks = measured.tasks.filter((task) => task.ms >= 50);
    process.stdout.write(`Long tasks (click at +${Math.round(clickMs)} ms in the profile):\n`);
    process.stdout.write(`${stretchReport(tasks.map((task) => windowStretch(cpu, clickMs + task.atMs, clickMs + task.atMs + task.ms)))}\n`);
  } else process.stdout.write(`${stretchReport(busyStretches(cpu, 50))}\n`);
  process.stdout.write(`(profile: ${file})\n`);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
