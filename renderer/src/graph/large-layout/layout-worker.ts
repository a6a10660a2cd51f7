// The large-map layout, run in a Web Worker so the window stays responsive. Cancelling is done by
// the page terminating the worker.
import { fa2Layout } from './fa2-layout';
import type { LayoutReply, LayoutRequest } from './worker-protocol';

/** The part of the dedicated worker scope this file uses (the project compiles against DOM types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    let last = 0;
    const positions = fa2Layout(event.data.input, {
      onProgress(fraction) {
        // Progress at most every 2 %: enough for a smooth bar, few messages.
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          scope.postMessage({ type: 'progress', fraction });
        }
      },
    });
    const list: [string, number, number][] = [];
    for (const [id, p] of positions ?? []) list.push([id, p.x, p.y]);
    scope.postMessage({ type: 'done', positions: list });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
