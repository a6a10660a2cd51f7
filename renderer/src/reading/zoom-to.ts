import type { Core, NodeCollection } from 'cytoscape';
import { clearArea, TOP_TOOLS, ZOOM, type Overlay } from '../graph/cy-setup';

/**
 * Animates the view so these actors fill the part of the canvas that no overlay covers, never
 * zooming in further than a normal fit does (one actor is not blown up to fill the screen).
 */
export function zoomToNodes(cy: Core, nodes: NodeCollection, overlay: Overlay | null): void {
  if (nodes.empty()) return;
  const pad = ZOOM.fitPadding / 2;
  const { left, bottom } = clearArea(cy.width(), cy.height(), overlay);
  const box = nodes.boundingBox({ includeLabels: true });
  const w = Math.max(50, cy.width() - left - 2 * pad);
  const h = Math.max(50, cy.height() - bottom - TOP_TOOLS - 2 * pad);
  const zoom = Math.min(ZOOM.fitMax, Math.max(ZOOM.min, Math.min(w / Math.max(box.w, 1), h / Math.max(box.h, 1))));
  const pan = {
    x: left + pad + (w - box.w * zoom) / 2 - box.x1 * zoom,
    y: TOP_TOOLS + pad + (h - box.h * zoom) / 2 - box.y1 * zoom,
  };
  cy.stop(true, true);
  cy.animate({ zoom, pan, duration: 350, easing: 'ease-in-out-cubic' });
}
