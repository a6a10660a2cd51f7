import type { Core, NodeCollection } from 'cytoscape';
import { viewportFor } from '../graph/cy-setup';

/** Room for a label below a node (two lines) and for its width. */
const LABEL_HEIGHT = 40;
const LABEL_WIDTH = 150;

/**
 * Animates the view so these actors fill the canvas, never zooming in further than a normal fit
 * does (one actor is not blown up to fill the screen).
 */
export function zoomToNodes(cy: Core, nodes: NodeCollection): void {
  if (nodes.empty()) return;
  // Computed from positions, not Cytoscape's bounding box: actors that are about to appear (focus
  // depth raised) are still display:none at this moment and would be left out.
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity, w: 0, h: 0 };
  nodes.forEach((n) => {
    const p = n.position();
    const half = Math.max(Number(n.width()) || 40, LABEL_WIDTH) / 2;
    box.x1 = Math.min(box.x1, p.x - half);
    box.x2 = Math.max(box.x2, p.x + half);
    box.y1 = Math.min(box.y1, p.y - (Number(n.height()) || 40) / 2);
    box.y2 = Math.max(box.y2, p.y + (Number(n.height()) || 40) / 2 + LABEL_HEIGHT);
  });
  box.w = box.x2 - box.x1;
  box.h = box.y2 - box.y1;
  const { zoom, pan } = viewportFor(cy, box);
  cy.stop(true, true);
  cy.animate({ zoom, pan, duration: 350, easing: 'ease-in-out-cubic' });
}
