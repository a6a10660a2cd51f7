import type { Core, NodeCollection } from 'cytoscape';
import type { LayoutEdge, LayoutInput, LayoutNode, LayoutPositions } from './layout-input';
import { runLargeLayout, type LargeLayoutOptions } from './run-large-layout';

/**
 * From this many actors on, "Indeling" uses the off-thread ForceAtlas2 layout instead of fcose:
 * fcose on the UI thread takes about 0.7 s at 200 actors and grows quadratically (≈ 97 s at 2 000).
 */
export const LARGE_LAYOUT_THRESHOLD = 300;

/** Whether a map of this many actors gets the large-map layout. */
export function usesLargeLayout(actorCount: number): boolean {
  return actorCount >= LARGE_LAYOUT_THRESHOLD;
}

/** The plain data the layout needs from the canvas: node positions and drawn sizes, and ties. */
export function layoutInputOf(cy: Core, nodes: NodeCollection): LayoutInput {
  const layoutNodes: LayoutNode[] = nodes.map((node) => {
    const p = node.position();
    return { id: node.id(), x: p.x, y: p.y, size: Math.max(node.width(), node.height()) };
  });
  const edges: LayoutEdge[] = cy
    .edges()
    .not('.eh-preview, .eh-ghost-edge')
    .edges()
    .map((edge) => ({ source: edge.source().id(), target: edge.target().id(), weight: Number(edge.data('strength')) || 1 }));
  return { nodes: layoutNodes, edges };
}

/** Runs the large-map layout for the nodes on this canvas; null when cancelled. */
export function largeLayoutPositions(cy: Core, nodes: NodeCollection, options: LargeLayoutOptions): Promise<LayoutPositions | null> {
  return runLargeLayout(layoutInputOf(cy, nodes), options);
}
