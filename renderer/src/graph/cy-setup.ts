import cytoscape, { type Core } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import type { RenderInitOptions } from './level-of-detail/apply-render';
import { buildStylesheet } from './stylesheet';

let registered = false;

/** Registers the layout and edge-drawing extensions, once per page. */
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(edgehandles);
  registered = true;
}

/** Zoom limits of the canvas; fitting never zooms in beyond FIT_MAX_ZOOM. */
export const ZOOM = { min: 0.1, max: 3, fitMax: 1.25, fitPadding: 64 } as const;

/**
 * Creates the Cytoscape instance for a container, with the generated stylesheet and no elements;
 * `render` picks the renderer and its level of detail (see level-of-detail/choose-render.ts).
 */
export function createCy(container: HTMLElement, render?: RenderInitOptions): Core {
  registerExtensions();
  return cytoscape({
    ...render,
    container,
    elements: [],
    style: buildStylesheet(),
    layout: { name: 'preset' },
    minZoom: ZOOM.min,
    maxZoom: ZOOM.max,
    // Selection is controlled by React (class `is-selected`), never changed by Cytoscape itself.
    autounselectify: true,
    boxSelectionEnabled: false,
    // Wheel and trackpad zoom are handled by wheel-zoom.ts (Cytoscape's own is far too slow with a mouse).
  });
}

/** A box in model coordinates (Cytoscape's bounding-box shape). */
export interface ModelBox {
  readonly x1: number;
  readonly y1: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The zoom and pan that show a box in the middle of a canvas of this size, with padding, and never
 * zoomed in further than is comfortable. Pure. The canvas is only the free area (the panels dock
 * beside it, nothing floats over it), so the whole canvas is used.
 */
export function viewportFor(width: number, height: number, box: ModelBox): { zoom: number; pan: { x: number; y: number } } {
  const pad = ZOOM.fitPadding / 2;
  const w = Math.max(50, width - 2 * pad);
  const h = Math.max(50, height - 2 * pad);
  const zoom = Math.min(ZOOM.fitMax, Math.max(ZOOM.min, Math.min(w / Math.max(box.w, 1), h / Math.max(box.h, 1))));
  return { zoom, pan: { x: pad + (w - box.w * zoom) / 2 - box.x1 * zoom, y: pad + (h - box.h * zoom) / 2 - box.y1 * zoom } };
}

/** Fits the view to all nodes (labels included). */
export function fitView(cy: Core): void {
  const nodes = cy.nodes().not('.eh-ghost');
  if (nodes.empty()) {
    cy.zoom(1);
    cy.center();
    return;
  }
  fitBox(cy, nodes.boundingBox({ includeLabels: true }));
}

/** Fits the view to a box in model coordinates, like fitView. */
export function fitBox(cy: Core, box: ModelBox): void {
  cy.viewport(viewportFor(cy.width(), cy.height(), box));
}
