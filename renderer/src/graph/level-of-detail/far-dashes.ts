import type { Core } from 'cytoscape';
import { canvasRenderer, INTERNAL_PARTS } from '../cytoscape-internals';

/** A dash pattern that repeats in fewer screen pixels than this is drawn as a solid line. */
export const MIN_DASH_PERIOD_PX = 2;

/**
 * The dash pattern to draw at this scale (model → screen pixels): the pattern itself, or none when
 * one period is too small to see. Dashes that small blur into a line anyway, but a software
 * rasteriser still cuts every one of them: at 5 000 actors zoomed out that was over half of a
 * frame (≈ 300 of 520 ms here).
 */
export function visibleDashes(segments: readonly number[], scale: number): readonly number[] {
  if (segments.length === 0) return segments;
  const period = segments.reduce((sum, s) => sum + s, 0) * Math.abs(scale);
  return period < MIN_DASH_PERIOD_PX ? [] : segments;
}

type Context2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function isContext2d(value: unknown): value is Context2d {
  return typeof value === 'object' && value !== null && 'setLineDash' in value && 'getTransform' in value;
}

const patched = new WeakSet<Context2d>();

function patchContext(context: unknown): void {
  if (!isContext2d(context) || patched.has(context)) return;
  patched.add(context);
  const setLineDash = context.setLineDash.bind(context);
  context.setLineDash = (segments: number[]) => {
    setLineDash(segments.length === 0 ? segments : [...visibleDashes(segments, context.getTransform().a)]);
  };
}

/**
 * Makes the canvas renderer draw dash patterns it cannot show as solid lines (level of detail at
 * draw time, so no restyling). Cytoscape sets the dash pattern right before it strokes a relation;
 * the scale is read from the context's transform. Covered: the layer canvases, and the canvases it
 * makes later for its texture caches (big maps are drawn into cached layers). The WebGL renderer
 * has no 2D contexts and is left alone.
 */
export function drawFarDashesSolid(cy: Core): void {
  const renderer = canvasRenderer(cy);
  if (!renderer || !INTERNAL_PARTS.drawContexts(renderer)) return;
  for (const context of [...(renderer.data?.contexts ?? []), ...(renderer.data?.bufferContexts ?? [])]) patchContext(context);
  const make = renderer.makeOffscreenCanvas?.bind(renderer);
  if (!make) return;
  renderer.makeOffscreenCanvas = (width, height) => {
    const canvas = make(width, height);
    const getContext = canvas.getContext.bind(canvas) as (id: string, options?: unknown) => unknown;
    // Cytoscape asks each of its canvases for a 2D context; that context draws like the layers.
    (canvas as { getContext: (id: string, options?: unknown) => unknown }).getContext = (id, options) => {
      const context = getContext(id, options);
      if (id === '2d') patchContext(context);
      return context;
    };
    return canvas;
  };
}
