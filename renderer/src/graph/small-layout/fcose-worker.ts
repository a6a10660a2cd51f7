// The small-map layout (fcose) in a Web Worker on a headless Cytoscape, so the window stays
// responsive: on the UI thread it froze the window for up to a second at 200–300 actors.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { FcoseReply, FcoseRequest } from './fcose-protocol';

/** The part of the dedicated worker scope this file uses (the project compiles against DOM types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<FcoseRequest>) => void) | null;
  postMessage(message: FcoseReply): void;
}

const scope = globalThis as unknown as WorkerScope;
cytoscape.use(fcose);

scope.onmessage = (event) => {
  try {
    const { nodes, edges, options } = event.data;
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...nodes.map((n) => ({
          group: 'nodes' as const,
          data: { id: n.id, ...(n.parent ? { parent: n.parent } : {}), ...(n.size ? { w: n.size.w, h: n.size.h } : {}) },
          position: { x: n.x, y: n.y },
        })),
        ...edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
      ],
      // The page measured each node with its label; headless Cytoscape cannot measure text.
      style: [{ selector: 'node[w]', style: { shape: 'rectangle', width: 'data(w)', height: 'data(h)' } }],
    });
    const layout = cy.layout({
      ...options,
      name: 'fcose',
      animate: false,
      nodeDimensionsIncludeLabels: false,
      stop: () => {
        const positions: [string, number, number][] = cy.nodes().map((node) => [node.id(), node.position('x'), node.position('y')]);
        scope.postMessage({ type: 'done', positions });
      },
    } as cytoscape.LayoutOptions);
    layout.run();
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
