import type { Collection } from 'cytoscape';
import type { Position } from '../../../../shared/domain/map-document';
import { networkLayout } from '../../../../shared/layout/network-layout';
import type { NetworkReply, NetworkRequest } from './network-protocol';

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./network-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * The request for the network layout from the canvas: each actor with its name (for its label box),
 * drawn size and position; the relations; the members of each group (kept together); and the
 * actors that must stay where they are.
 */
export function networkRequest(eles: Collection, fixed: readonly string[] = []): NetworkRequest {
  const leaves = eles.nodes().filter((n) => !n.isParent() && !n.hasClass('eh-ghost')).nodes();
  const ids = new Set(leaves.map((n) => n.id()));
  const groups = eles
    .nodes()
    .filter((n) => n.isParent())
    .nodes()
    .map((parent) => parent.children().map((c) => c.id()).filter((id) => ids.has(id)));
  return {
    actors: leaves.map((n) => ({ id: n.id(), name: String(n.data('label') ?? ''), size: Math.max(n.width(), n.height()), position: { ...n.position() } })),
    relations: eles
      .edges()
      .filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()))
      .edges()
      .map((e) => ({ source: e.source().id(), target: e.target().id() })),
    groups: groups.filter((g) => g.length > 1),
    fixed,
  };
}

/**
 * Runs the network layout in a Web Worker and resolves with the new positions by id; where no
 * worker can start (a page policy) it runs here instead. A failure inside the worker rejects.
 */
export function runNetworkLayout(request: NetworkRequest): Promise<Map<string, Position>> {
  const worker = startWorker();
  const here = (): Map<string, Position> => networkLayout({ ...request, fixed: new Set(request.fixed) });
  if (!worker) return Promise.resolve(here());
  return new Promise((resolve, reject) => {
    let started = false;
    worker.onmessage = (event: MessageEvent<NetworkReply>) => {
      started = true;
      worker.terminate();
      const reply = event.data;
      if (reply.type === 'done') resolve(new Map(reply.positions.map(([id, x, y]) => [id, { x, y }])));
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // A worker that could not even load (policy, missing file): lay out here.
      if (!started) resolve(here());
      else reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}
