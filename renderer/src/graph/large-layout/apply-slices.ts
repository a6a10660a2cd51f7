import type { LayoutPositions } from './layout-input';

/** A box in model coordinates (Cytoscape's x1/y1/x2/y2/w/h shape). */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly w: number;
  readonly h: number;
}

/** Frame time (ms, render included) the gradual apply aims for: well under a 100 ms long task. */
export const SLICE_FRAME_MS = 60;
/** Fewest and most actors moved in one frame. */
export const MIN_SLICE = 100;
export const MAX_SLICE = 4_000;

/**
 * How many actors to move in the next frame, from how long the last frame took with `current`:
 * scaled towards `targetMs`, at most doubling or halving at once, within MIN_SLICE–MAX_SLICE.
 */
export function nextSliceSize(current: number, frameMs: number, targetMs: number = SLICE_FRAME_MS): number {
  const ratio = frameMs > 0 ? targetMs / frameMs : 2;
  const scaled = Math.round(current * Math.min(2, Math.max(0.5, ratio)));
  return Math.min(MAX_SLICE, Math.max(MIN_SLICE, scaled));
}

/** The extent of the positions plus `margin` on every side; null when there are none. */
export function positionsBox(positions: LayoutPositions, margin: number): Box | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions.values()) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (x1 > x2) return null;
  x1 -= margin;
  y1 -= margin;
  x2 += margin;
  y2 += margin;
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}
