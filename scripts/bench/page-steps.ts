// Steps the renderer benchmarks take in a page: open a map, make a gesture, run "Indeling".
// Shared by browser-bench.ts (the table) and profile-ui.ts (CPU profiles of one step).
import type { Page } from '@playwright/test';

/** How long the pan + zoom gesture lasts (ms). */
export const GESTURE_MS = 5_000;

declare global {
  interface Window {
    __benchT0?: number;
    __benchLongest?: number;
  }
}

/** Rounds to 0.1; null for null or a non-finite number. */
export function round(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : Math.round(n * 10) / 10;
}

/** Starts a clock in the page at the next click (capture phase, so before the app reacts). */
export async function armClickClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__benchT0 = undefined;
    document.addEventListener('click', () => (window.__benchT0 = performance.now()), { capture: true, once: true });
  });
}

/** Waits in the page until an actor's node exists on the canvas and the next frame is drawn; ms since the armed click. */
export async function msUntilDrawn(page: Page, name: string, timeoutMs: number): Promise<number> {
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
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__benchLongest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongest = Math.max(window.__benchLongest ?? 0, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** Opens the map from the start screen; ms from the click on "Openen" until the first actor is drawn. */
export async function openMap(page: Page, url: string, name: string): Promise<number> {
  await page.goto(url);
  await page.locator('[data-app-state="ready"]').waitFor({ timeout: 60_000 });
  await armClickClock(page);
  await page.getByRole('listitem', { name, exact: true }).getByRole('button', { name: 'Openen' }).click();
  const ms = await msUntilDrawn(page, 'Actor 1', 180_000);
  await page.getByTestId('map-status').waitFor({ timeout: 60_000 });
  return ms;
}

/** 2.5 s of dragging the view from an empty corner, then 2.5 s of wheel zooming; frames counted in the page. */
export async function gesture(page: Page): Promise<{ fps: number; freezeMs: number; longestTaskMs: number }> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('geen canvas');
  await page.waitForTimeout(500);
  await watchLongTasks(page);
  await page.evaluate(() => window.__wijkwebCanvas?.recordFrames());
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

/**
 * Runs "Indeling" and reports the time until it is applied, the longest UI task while the worker
 * computes (progress card shown) and the longest task after, when the result is put on the canvas.
 */
export async function layout(
  page: Page,
): Promise<{ ms: number; longestTaskMs: number; applyTaskMs: number; tasks: { atMs: number; ms: number; phase: string }[] }> {
  await page.evaluate(() => {
    const tasks: { start: number; duration: number }[] = [];
    const w = window as unknown as { __benchTasks: typeof tasks; __benchComputed: Promise<number> };
    w.__benchTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
    // When the progress card has come and gone, or says it is applying the result, the worker is done.
    w.__benchComputed = new Promise<number>((resolve) => {
      let seen = false;
      const check = (): void => {
        const card = document.querySelector('[data-testid="layout-progress"]');
        if (card) seen = true;
        if ((seen && !card) || card?.getAttribute('data-phase') === 'applying') resolve(performance.now());
        else requestAnimationFrame(check);
      };
      check();
    });
  });
  // Located before the clock starts, and waited for with a cheap in-page check: Playwright's role
  // and text queries run on the page's main thread and would show up as long tasks themselves.
  const button = await page.getByRole('button', { name: 'Indeling', exact: true }).elementHandle();
  await armClickClock(page);
  const t = Date.now();
  await button?.click();
  await page.waitForFunction(
    () => [...document.querySelectorAll('.toasts *')].some((el) => el.textContent?.startsWith('Indeling toegepast.')),
    undefined,
    { timeout: 300_000, polling: 250 },
  );
  const ms = Date.now() - t;
  await page.waitForTimeout(300);
  const { during, after, tasks } = await page.evaluate(async () => {
    const w = window as unknown as { __benchTasks: { start: number; duration: number }[]; __benchComputed: Promise<number> };
    const computed = await Promise.race([w.__benchComputed, new Promise<number>((r) => setTimeout(() => r(Infinity), 100))]);
    const clicked = window.__benchT0 ?? 0;
    let during = 0;
    let after = 0;
    const list: { atMs: number; ms: number; phase: string }[] = [];
    for (const task of w.__benchTasks) {
      // Tasks that ended before the click (the canvas still drawing after opening) are not the layout's.
      if (task.start + task.duration < clicked) {
        list.push({ atMs: Math.round(task.start - clicked), ms: Math.round(task.duration), phase: 'before' });
        continue;
      }
      // A task that ends after the worker finished belongs to applying the result.
      const applying = task.start + task.duration >= computed - 50;
      if (applying) after = Math.max(after, task.duration);
      else during = Math.max(during, task.duration);
      list.push({ atMs: Math.round(task.start - clicked), ms: Math.round(task.duration), phase: applying ? 'apply' : 'during' });
    }
    return { during, after, tasks: list };
  });
  return { ms, longestTaskMs: during, applyTaskMs: after, tasks };
}

