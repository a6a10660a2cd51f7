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

/** Room kept free at the top of the canvas when fitting: the quick-add box and the reading tools sit there. */
export const TOP_TOOLS = 130;

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
    wheelSensitivity: 0.4,
  });
}

/** The size of an overlay in a corner of the canvas (the legend) that fitting should keep clear. */
export interface Overlay {
  readonly width: number;
  readonly height: number;
}

/** Space to keep free on the left or at the bottom, whichever leaves the larger drawing area. */
export function clearArea(width: number, height: number, overlay: Overlay | null): { left: number; bottom: number } {
  if (!overlay || overlay.width <= 0 || overlay.height <= 0) return { left: 0, bottom: 0 };
  const beside = (width - overlay.width) * height;
  const above = width * (height - overlay.height);
  return beside >= above ? { left: overlay.width, bottom: 0 } : { left: 0, bottom: overlay.height };
}

/**
 * Fits the view to all nodes (labels included) with padding, beside or above the overlay, and
 * without zooming in further than is comfortable.
 */
export function fitView(cy: Core, overlay: Overlay | null = null): void {
  const nodes = cy.nodes().not('.eh-ghost');
  if (nodes.empty()) {
    cy.zoom(1);
    cy.center();
    return;
  }
  fitBox(cy, nodes.boundingBox({ includeLabels: true }), overlay);
}

/** Fits the view to a box in model coordinates, like fitView, keeping the overlay and top tools clear. */
export function fitBox(cy: Core, box: ModelBox, overlay: Overlay | null = null): void {
  const { left, bottom } = clearArea(cy.width(), cy.height(), overlay);
  cy.viewport(
    fitViewport(box, { width: cy.width(), height: cy.height(), left, bottom, top: TOP_TOOLS, padding: ZOOM.fitPadding, min: ZOOM.min, max: ZOOM.fitMax }),
  );
}
