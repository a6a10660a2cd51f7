import cytoscape, { type Core } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import type { RenderInitOptions } from './level-of-detail/apply-render';
import { fitViewport, type ModelBox } from '../../../shared/layout/fit';
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

/**
 * The zoom and pan that show a box in the middle of the canvas, with padding, never zoomed in
 * further than is comfortable. The canvas is only the free area (the panels dock beside it, nothing
 * floats over it), so fitting uses all of it.
 */
export function viewportFor(cy: Core, box: ModelBox): { zoom: number; pan: { x: number; y: number } } {
  return fitViewport(box, { width: cy.width(), height: cy.height(), left: 0, bottom: 0, top: 0, padding: ZOOM.fitPadding, min: ZOOM.min, max: ZOOM.fitMax });
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
  cy.viewport(viewportFor(cy, box));
}
