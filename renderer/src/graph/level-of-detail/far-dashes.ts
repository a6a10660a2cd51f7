import type { Core } from 'cytoscape';

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

/** The part of Cytoscape's canvas renderer that holds its 2D contexts (not in @types/cytoscape). */
interface CanvasLayers {
  readonly data?: { readonly contexts?: readonly unknown[]; readonly bufferContexts?: readonly unknown[] };
}

function isContext2d(value: unknown): value is CanvasRenderingContext2D {
  return typeof value === 'object' && value !== null && 'setLineDash' in value && 'getTransform' in value;
}

/**
 * Makes the canvas renderer draw dash patterns it cannot show as solid lines (level of detail at
 * draw time, so no restyling). Cytoscape sets the dash pattern on the layer contexts right before
 * it strokes a relation; the scale is read from the context's transform. The WebGL renderer has no
 * 2D contexts and is left alone.
 */
export function drawFarDashesSolid(cy: Core): void {
  const layers = (cy as unknown as { renderer(): CanvasLayers | undefined }).renderer()?.data;
  for (const context of [...(layers?.contexts ?? []), ...(layers?.bufferContexts ?? [])]) {
    if (!isContext2d(context)) continue;
    const setLineDash = context.setLineDash.bind(context);
    context.setLineDash = (segments: number[]) => {
      setLineDash(segments.length === 0 ? segments : [...visibleDashes(segments, context.getTransform().a)]);
    };
  }
}
