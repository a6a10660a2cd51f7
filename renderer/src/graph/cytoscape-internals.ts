import type { Collection, Core } from 'cytoscape';

/**
 * The one place that knows Cytoscape's internals. Wijkweb reaches past the public API in a few
 * spots for speed on big maps (viewport flags, the layer bitmap cache, the hit test, the 2D
 * contexts, the press state) and for tests (the draw call). Every such spot takes the internals
 * from here, each feature falls back to plain behaviour when its part is missing, and
 * {@link internalsReport} says which parts are there: a canary test fails when an upgrade of
 * Cytoscape removes one (docs/performance.md lists the upgrade steps).
 */

/** The Cytoscape version these internals were read from; package.json pins exactly this one. */
export const CYTOSCAPE_VERSION = '3.34.4';

/** The layer bitmap cache of the canvas renderer (cytoscape/src/extensions/renderer/canvas/layered-texture-cache.mjs). */
export interface LayerCache {
  readonly layersByLevel: Readonly<Record<string, unknown>>;
  firstGet: boolean;
  readonly skipping: boolean;
  levelIsComplete(level: number, eles: unknown): boolean;
}

/** An element as the renderer's lists hold it (only what Wijkweb reads). */
export interface RenderedElement {
  boundingBox(): { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

/** Cytoscape's z-sorted element list, with the interactive ones apart. */
export type ZSorted = RenderedElement[] & { interactive?: RenderedElement[] };

/** The canvas renderer's members that Wijkweb reads or replaces (none are in @types/cytoscape). */
export interface CanvasRendererInternals {
  /** Read on every frame: skip relations while the view moves. */
  hideEdgesOnViewport: boolean;
  /** Read on every frame: draw a texture of the map while the view moves. */
  textureOnViewport: boolean;
  readonly data?: {
    readonly lyrTxrCache?: LayerCache;
    readonly contexts?: readonly unknown[];
    readonly bufferContexts?: readonly unknown[];
  };
  getCachedZSortedEles?(): ZSorted;
  getPixelRatio?(): number;
  findNearestElements?: (this: unknown, x: number, y: number, interactiveOnly: boolean, touch: boolean) => unknown[];
  makeOffscreenCanvas?(width: number, height: number): HTMLCanvasElement | OffscreenCanvas;
  render?(options?: unknown): unknown;
}

/** The canvas renderer of this instance, or null (headless, or a renderer without these members). */
export function canvasRenderer(cy: Core): CanvasRendererInternals | null {
  const withRenderer = cy as unknown as { renderer?: () => unknown };
  const renderer = typeof withRenderer.renderer === 'function' ? withRenderer.renderer() : undefined;
  if (typeof renderer !== 'object' || renderer === null) return null;
  if (!('hideEdgesOnViewport' in renderer)) return null;
  return renderer as CanvasRendererInternals;
}

/** A collection as the press switches see it (`cy()` is on every collection, not in @types/cytoscape). */
export type PressTarget = Collection & { cy(): Core };

/** An element collection's shared prototype methods that switch the pressed ("active") state. */
export interface PressSwitches {
  activate: (this: PressTarget, ...args: unknown[]) => PressTarget;
  unactivate: (this: PressTarget, ...args: unknown[]) => PressTarget;
}

/** The prototype shared by all collections (where `activate`/`unactivate` live), or null when they moved. */
export function collectionPrototype(cy: Core): PressSwitches | null {
  const proto = Object.getPrototypeOf(cy.collection()) as Partial<PressSwitches> | null;
  return proto && typeof proto.activate === 'function' && typeof proto.unactivate === 'function' ? (proto as PressSwitches) : null;
}

/** The internals Wijkweb relies on, by the feature that uses them. */
export const INTERNAL_PARTS = {
  /** level-of-detail/apply-render, large-layout/apply-positions: viewport flags read per frame. */
  viewportFlags: (r: CanvasRendererInternals | null) => r !== null && 'textureOnViewport' in r,
  /** level-of-detail/bitmap-while-moving: the layer bitmap cache and its inputs. */
  layerCache: (r: CanvasRendererInternals | null) =>
    typeof r?.data?.lyrTxrCache?.levelIsComplete === 'function' && 'layersByLevel' in r.data.lyrTxrCache && typeof r.getCachedZSortedEles === 'function' && typeof r.getPixelRatio === 'function',
  /** level-of-detail/indexed-hit-test: the hit test and the z-sorted interactive list it reads. */
  hitTest: (r: CanvasRendererInternals | null) => typeof r?.findNearestElements === 'function' && typeof r.getCachedZSortedEles === 'function',
  /** level-of-detail/far-dashes: the layer contexts and the factory of texture canvases. */
  drawContexts: (r: CanvasRendererInternals | null) => Array.isArray(r?.data?.contexts) && typeof r.makeOffscreenCanvas === 'function',
  /** test-hook: the draw call, wrapped to record frames. */
  drawCall: (r: CanvasRendererInternals | null) => typeof r?.render === 'function',
} as const;

/** The name of one internal part. */
export type InternalPart = keyof typeof INTERNAL_PARTS | 'pressState';

/** Which internal parts this instance has (all true on the pinned version with the canvas renderer). */
export function internalsReport(cy: Core): Record<InternalPart, boolean> {
  const renderer = canvasRenderer(cy);
  const report = Object.fromEntries(Object.entries(INTERNAL_PARTS).map(([name, probe]) => [name, probe(renderer)])) as Record<keyof typeof INTERNAL_PARTS, boolean>;
  return { ...report, pressState: collectionPrototype(cy) !== null };
}
