import type { Core } from 'cytoscape';
import { canvasRenderer, INTERNAL_PARTS, type CanvasRendererInternals } from '../cytoscape-internals';

/**
 * Cytoscape's canvas renderer keeps the still map as a cached bitmap ("layers", one per zoom level
 * that is a power of two). Panning or zooming a ready bitmap costs a few image copies per frame, so
 * the whole map, relations included, moves at full frame rate; drawing 5 000 actors one by one
 * costs 40–50 ms per frame on 2 cores. `hideEdgesOnViewport` makes Cytoscape skip the bitmap and
 * draw every actor one by one (relations left out), so it is only worth it where no bitmap can be
 * used: zoomed in far (the bitmap would be too big) or right after a change (it is being redrawn).
 *
 * The limits below mirror cytoscape/src/extensions/renderer/canvas/layered-texture-cache.mjs of the
 * version in ../cytoscape-internals.ts (re-read them on an upgrade).
 */
const MIN_LEVEL = -4;
const MAX_LEVEL = 2;
const MAX_ZOOM = 3.99;
const MAX_AREA = 4000 * 4000;
const MAX_SIDE = 32767;

/** The bitmap level Cytoscape uses at this zoom, or null where it draws without bitmaps. */
export function bitmapLevel(zoom: number, pixelRatio: number): number | null {
  const level = Math.ceil(Math.log2(zoom * pixelRatio)) || 0; // no -0
  if (level < MIN_LEVEL) return MIN_LEVEL;
  if (zoom >= MAX_ZOOM || level > MAX_LEVEL) return null;
  return level;
}

/** Whether Cytoscape can make a bitmap of a map this big (model units) at this level. */
export function bitmapFits(box: { readonly w: number; readonly h: number }, level: number): boolean {
  const scale = 2 ** level;
  const w = Math.ceil(box.w * scale);
  const h = Math.ceil(box.h * scale);
  return w <= MAX_SIDE && h <= MAX_SIDE && w * h <= MAX_AREA;
}

/** What the renderer knows about its bitmaps right now. */
export interface BitmapState {
  /** The bitmap level for the current zoom, or null (see `bitmapLevel`). */
  readonly level: number | null;
  /** Whether a bitmap of the whole map fits at that level (see `bitmapFits`). */
  readonly fits: boolean;
  /** Levels whose bitmap is complete and valid. */
  readonly completeLevels: ReadonlySet<number>;
  /** Cytoscape skips bitmaps for 250 ms after any change to an element. */
  readonly skipping: boolean;
}

/**
 * Whether the next moving frame will be drawn from a bitmap: the level is complete, or it can be
 * made and another level is complete meanwhile (Cytoscape scales that one while it draws the new one).
 */
export function drawsFromBitmap(state: BitmapState): boolean {
  if (state.skipping || state.level === null) return false;
  if (state.completeLevels.has(state.level)) return true;
  return state.fits && state.completeLevels.size > 0;
}

/** The canvas renderer when it has the layer cache this module reads, else null. */
function rendererWithLayers(cy: Core): CanvasRendererInternals | null {
  const renderer = canvasRenderer(cy);
  return INTERNAL_PARTS.layerCache(renderer) ? renderer : null;
}

/**
 * While the user pans or zooms, draws the whole map from Cytoscape's cached bitmap whenever it is
 * ready at this zoom, and hides relations only when it is not (checked at every viewport change,
 * before the frame is drawn). Returns a function that stops following and leaves relations hidden
 * while moving. Without the canvas renderer's internals (other renderer, other Cytoscape version)
 * relations are simply hidden while moving, as before.
 */
export function followBitmapWhileMoving(cy: Core): () => void {
  const renderer = rendererWithLayers(cy);
  if (!renderer) return () => undefined;
  const cache = renderer.data?.lyrTxrCache;
  let box: { w: number; h: number } | null = null;
  const forgetBox = (): void => {
    box = null;
  };
  const decide = (): void => {
    if (!cache || !renderer.getCachedZSortedEles || !renderer.getPixelRatio) return;
    const eles = renderer.getCachedZSortedEles();
    const completeLevels = new Set<number>();
    for (const key of Object.keys(cache.layersByLevel)) {
      const level = Number(key);
      if (cache.levelIsComplete(level, eles)) completeLevels.add(level);
    }
    const level = bitmapLevel(cy.zoom(), renderer.getPixelRatio());
    let fits = false;
    if (level !== null && !completeLevels.has(level)) {
      box ??= cy.elements().boundingBox();
      fits = bitmapFits(box, level);
    }
    renderer.hideEdgesOnViewport = !drawsFromBitmap({ level, fits, completeLevels, skipping: cache.skipping });
  };
  // Cytoscape draws its first bitmap in one go but later ones bit by bit, drawing the whole map one
  // by one meanwhile (3 frames of ~0.6 s at 5 000 actors after opening); one go is cheaper.
  if (cache) cache.firstGet = true;
  cy.on('viewport', decide);
  cy.on('add remove position', forgetBox);
  return () => {
    cy.off('viewport', decide);
    cy.off('add remove position', forgetBox);
    renderer.hideEdgesOnViewport = true;
  };
}
