import { fa2LayoutSteps } from './fa2-layout';
import type { LayoutInput, LayoutPositions } from './layout-input';
import type { LayoutReply } from './worker-protocol';

/** How a running large layout reports back and is cancelled. */
export interface LargeLayoutOptions {
  /** Progress from 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /** Aborting stops the layout at once; the promise then resolves with null. */
  readonly signal?: AbortSignal;
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * Lays out a large map off the UI thread (ForceAtlas2 in a Web Worker). Resolves with the new
 * positions, or null when cancelled. Where no worker can start (a page policy), it runs on the UI
 * thread in small slices instead, yielding between them, so the window still never freezes long.
 */
export function runLargeLayout(input: LayoutInput, options: LargeLayoutOptions = {}): Promise<LayoutPositions | null> {
  if (options.signal?.aborted) return Promise.resolve(null);
  const worker = startWorker();
  if (!worker) return runSliced(input, options);
  return new Promise((resolve, reject) => {
    let started = false;
    const finish = (): void => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      resolve(null);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      started = true;
      const reply = event.data;
      if (reply.type === 'progress') options.onProgress?.(reply.fraction);
      else if (reply.type === 'done') {
        finish();
        resolve(new Map(reply.positions.map(([id, x, y]) => [id, { x, y }])));
      } else {
        finish();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      // A worker that could not even load (policy, missing file): fall back to slices.
      if (!started) runSliced(input, options).then(resolve, reject);
      else reject(new Error(event.message));
    };
    worker.postMessage({ input });
  });
}

/** The fallback: the same layout on the UI thread, one chunk of iterations per task. */
function runSliced(input: LayoutInput, options: LargeLayoutOptions): Promise<LayoutPositions | null> {
  const steps = fa2LayoutSteps(input);
  return new Promise((resolve, reject) => {
    const next = (): void => {
      if (options.signal?.aborted) {
        resolve(null);
        return;
      }
      try {
        const step = steps.next();
        if (step.done) resolve(step.value);
        else {
          options.onProgress?.(step.value);
          setTimeout(next, 0);
        }
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    setTimeout(next, 0);
  });
}
