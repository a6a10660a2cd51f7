import type { Core } from 'cytoscape';
import type { RenderChoice } from './choose-render';

/** Cytoscape init options for drawing; @types/cytoscape does not list `renderer` (webgl ≥ 3.31). */
export interface RenderInitOptions {
  readonly renderer: { readonly name: 'canvas'; readonly webgl: boolean };
  readonly hideEdgesOnViewport: boolean;
  readonly textureOnViewport: boolean;
  readonly motionBlur: boolean;
}

/** The Cytoscape init options for a render choice (renderer and viewport simplifications). */
export function cytoscapeRenderOptions(choice: RenderChoice): RenderInitOptions {
  return {
    renderer: { name: 'canvas', webgl: choice.webgl },
    hideEdgesOnViewport: choice.hideEdgesOnViewport,
    textureOnViewport: choice.textureOnViewport,
    motionBlur: false,
  };
}

/** The part of Cytoscape's canvas renderer whose viewport flags may change after start. */
interface ViewportFlags {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

const applied = new WeakMap<Core, RenderChoice>();

/**
 * Puts a render choice into effect on a running canvas: at start (the label threshold) and when
 * the map grew or shrank past a threshold (the renderer itself is fixed at start). The viewport
 * flags are plain fields Cytoscape's canvas renderer reads on every frame.
 */
export function updateRenderChoice(cy: Core, choice: RenderChoice): void {
  const before = applied.get(cy);
  applied.set(cy, choice);
  const renderer = (cy as unknown as { renderer(): Partial<ViewportFlags> | undefined }).renderer();
  if (renderer && 'hideEdgesOnViewport' in renderer) {
    renderer.hideEdgesOnViewport = choice.hideEdgesOnViewport;
    renderer.textureOnViewport = choice.textureOnViewport;
  }
  const labelsChanged = (before?.minLabelPx ?? DEFAULT_MIN_LABEL_PX) !== choice.minLabelPx;
  const edgesChanged = (before?.straightEdges ?? false) !== choice.straightEdges;
  if (!labelsChanged && !edgesChanged) return;
  // Added after the generated rules; selection and preview rules set neither property.
  cy.style()
    .selector('node')
    .style('min-zoomed-font-size', choice.minLabelPx)
    .selector('edge')
    .style('curve-style', choice.straightEdges ? 'straight' : 'bezier')
    .update();
}

/** The label threshold of the base stylesheet. */
const DEFAULT_MIN_LABEL_PX = 6;

/**
 * Forgets which render choice a canvas has, so the next updateRenderChoice puts all of it into
 * effect again: needed after the whole stylesheet was replaced (that drops its added rules).
 */
export function forgetRenderChoice(cy: Core): void {
  applied.delete(cy);
}
