import type { Core, StylesheetStyle } from 'cytoscape';
import { followBitmapWhileMoving } from './bitmap-while-moving';
import type { RenderChoice } from './choose-render';
import { setPressFeedback } from './quiet-press';
import { canvasRenderer } from '../cytoscape-internals';

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

const applied = new WeakMap<Core, RenderChoice>();
/** Stops following the bitmap, per canvas that follows it. */
const following = new WeakMap<Core, () => void>();

/**
 * Puts the viewport simplifications of a render choice into effect on a running canvas (the
 * renderer itself is fixed at start): the flags Cytoscape's canvas renderer reads on every frame,
 * moving from the cached bitmap, and press feedback. Only what changed since the last call is
 * touched, so calling it after every edit costs nothing.
 */
export function applyViewportFlags(cy: Core, choice: RenderChoice): void {
  const before = applied.get(cy);
  applied.set(cy, choice);
  const renderer = canvasRenderer(cy);
  const viewportChanged =
    before?.hideEdgesOnViewport !== choice.hideEdgesOnViewport ||
    before.textureOnViewport !== choice.textureOnViewport ||
    before.movingFromBitmap !== choice.movingFromBitmap;
  if (renderer && viewportChanged) {
    following.get(cy)?.();
    following.delete(cy);
    renderer.hideEdgesOnViewport = choice.hideEdgesOnViewport;
    renderer.textureOnViewport = choice.textureOnViewport;
    if (choice.movingFromBitmap) following.set(cy, followBitmapWhileMoving(cy));
  }
  if ((before?.pressFeedback ?? true) !== choice.pressFeedback) setPressFeedback(cy, choice.pressFeedback);
}

/**
 * The style rules of a render choice: the label threshold and straight relations for big maps.
 * They go after all generated rules (selection and preview rules set neither property).
 */
export function levelOfDetailRules(choice: RenderChoice): StylesheetStyle[] {
  return [
    { selector: 'node', style: { 'min-zoomed-font-size': choice.minLabelPx } },
    { selector: 'edge', style: { 'curve-style': choice.straightEdges ? 'straight' : 'bezier' } },
  ];
}
