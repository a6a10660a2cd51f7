import type { Collection } from 'cytoscape';
import type { FcoseReply, FcoseRequest } from './fcose-protocol';

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./fcose-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** The request for the fcose worker: nodes with their drawn size (label included) and the relations. */
export function fcoseRequest(eles: Collection, options: FcoseRequest['options']): FcoseRequest {
  return {
    nodes: eles.nodes().map((node) => {
      const box = node.boundingBox({ includeLabels: true });
      const p = node.position();
      const parent = node.parent();
      return {
        id: node.id(),
        parent: parent.nonempty() ? parent.first().id() : null,
        x: p.x,
        y: p.y,
        size: node.isParent() ? null : { w: Math.max(1, box.w), h: Math.max(1, box.h) },
      };
    }),
    edges: eles.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
    options,
  };
}

/**
 * Runs fcose for a small map in a Web Worker and resolves with the new positions by id, or null
 * when no worker could start (the caller then runs it on the UI thread, as before). A failure
 * inside the worker rejects.
 */
export function runSmallLayoutInWorker(request: FcoseRequest): Promise<Map<string, { x: number; y: number }> | null> {
  const worker = startWorker();
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    let started = false;
    worker.onmessage = (event: MessageEvent<FcoseReply>) => {
      started = true;
      worker.terminate();
      const reply = event.data;
      if (reply.type === 'done') resolve(new Map(reply.positions.map(([id, x, y]) => [id, { x, y }])));
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // A worker that could not even load (policy, missing file): the caller falls back.
      if (!started) resolve(null);
      else reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}
