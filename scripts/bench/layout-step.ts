// "Indeling" as the renderer bench runs it: click, wait for "Indeling toegepast", and sort the
// long tasks into those while the worker computes and those while the result is applied. Used by
// browser-bench.ts (the table) and profile-ui.ts (`npm run bench:profile`).
import type { Page } from '@playwright/test';

/**
 * Waits until the page has run no long task for a second (at most 20 s): after a pan or zoom the
 * canvas redraws everything once at full detail (0.3–1 s at 5 000 actors), which is not the layout's.
 */
async function quiet(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        let last = started;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
        });
        observer.observe({ type: 'longtask', buffered: false });
        const check = (): void => {
          const now = performance.now();
          if (now - last >= 1_000 || now - started > 20_000) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 100);
        };
        check();
      }),
  );
}

/**
 * Runs "Indeling" and reports the time until it is applied, the longest UI task while the worker
 * computes (progress card shown) and the longest task after, when the result is put on the canvas.
 */
export async function layout(
  page: Page,
): Promise<{ ms: number; longestTaskMs: number; applyTaskMs: number; tasks: { atMs: number; ms: number; phase: string }[] }> {
  await quiet(page);
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
  // The click's time, to leave out tasks that ended before it (the canvas still drawing after opening).
  await page.evaluate(() => {
    const w = window as unknown as { __benchClick?: number };
    w.__benchClick = undefined;
    document.addEventListener('click', () => (w.__benchClick = performance.now()), { capture: true, once: true });
  });
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
    const clicked = (window as unknown as { __benchClick?: number }).__benchClick ?? 0;
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

