import type { Core } from 'cytoscape';
import Flatbush from 'flatbush';
import { canvasRenderer, INTERNAL_PARTS, type CanvasRendererInternals, type RenderedElement, type ZSorted } from '../cytoscape-internals';

/**
 * Cytoscape finds the element under the pointer by testing every element in turn, at every mouse
 * move that is not a drag and at every press: ~130 ms at 5 000 actors / 10 000 relations on 2 cores,
 * so a pan starts with a freeze and hovering lags. Here a spatial index (flatbush) of the
 * interactive elements' bounding boxes hands Cytoscape's own test only the few elements near the
 * pointer; what it finds, and in which order it prefers them, stays Cytoscape's.
 */

/** A box in model coordinates, as Cytoscape's `boundingBox()` gives it. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A static index of boxes that answers which of them lie near a point. */
export interface BoxIndex {
  /** The positions (in the indexed list) of the boxes within `pad` of (x, y), in list order. */
  near(x: number, y: number, pad: number): number[];
}

/** Indexes boxes (one per element, in z-order); empty or broken boxes are never near anything. */
export function indexBoxes(boxes: readonly Box[]): BoxIndex {
  if (boxes.length === 0) return { near: () => [] };
  const index = new Flatbush(boxes.length);
  for (const b of boxes) {
    const ok = Number.isFinite(b.x1) && Number.isFinite(b.y1) && Number.isFinite(b.x2) && Number.isFinite(b.y2) && b.x2 >= b.x1 && b.y2 >= b.y1;
    // Placeholders far away keep list positions and index positions equal.
    if (ok) index.add(b.x1, b.y1, b.x2, b.y2);
    else index.add(-Number.MAX_VALUE, -Number.MAX_VALUE, -Number.MAX_VALUE, -Number.MAX_VALUE);
  }
  index.finish();
  return {
    near(x, y, pad) {
      return index.search(x - pad, y - pad, x + pad, y + pad).sort((a, b) => a - b);
    },
  };
}

/** The widest margin Cytoscape's test allows around an element (edges: 8 px, touch 24 px on screen). */
export function hitMargin(zoom: number, touch: boolean): number {
  return (touch ? 24 : 8) / zoom + 1;
}

type Element = RenderedElement;
type Renderer = CanvasRendererInternals;

/**
 * Runs `task` when the page is idle, once nothing has called the returned `poke` for `quietMs`
 * (a node drag or a layout changes positions at every frame); `cancel` drops a pending run.
 */
export function idleAfterQuiet(task: () => void, quietMs: number): { poke(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  let lastPoke = 0;
  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    timer = null;
    idle = null;
  };
  const run = (): void => {
    idle = null;
    task();
  };
  const wait = (ms: number): void => {
    timer = setTimeout(() => {
      timer = null;
      // Poked meanwhile: wait for the rest of the quiet time (a poke costs no timer of its own:
      // a restyle of the whole map pokes once per element).
      const left = lastPoke + quietMs - Date.now();
      if (left > 0) wait(left);
      else if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 1_000 });
      else run();
    }, ms);
  };
  return {
    poke() {
      lastPoke = Date.now();
      if (timer === null && idle === null) wait(quietMs);
    },
    cancel,
  };
}

/**
 * Lets this canvas find the element under the pointer through a spatial index. After elements were
 * added, removed, moved or restyled it is rebuilt when the page is idle after 300 ms without changes
 * (~60 ms at 5 000 actors), or at the next pointer test if that comes first. Returns a function
 * that restores Cytoscape's own test. Without the expected renderer internals nothing changes.
 */
export function indexHitTest(cy: Core): () => void {
  const renderer = canvasRenderer(cy);
  const original = renderer?.findNearestElements;
  if (!renderer || !original || !INTERNAL_PARTS.hitTest(renderer) || !renderer.getCachedZSortedEles) return () => undefined;
  const zSorted = renderer.getCachedZSortedEles.bind(renderer);
  let indexed: { list: Element[]; index: BoxIndex } | null = null;
  const rebuild = idleAfterQuiet(() => {
    if (!cy.destroyed()) current();
  }, 300);
  const stale = (): void => {
    indexed = null;
    rebuild.poke();
  };
  const current = (): { list: Element[]; index: BoxIndex } | null => {
    const list = zSorted().interactive;
    if (!list) return null;
    if (indexed?.list !== list) indexed = { list, index: indexBoxes(list.map((ele) => ele.boundingBox())) };
    return indexed;
  };
  renderer.findNearestElements = function (x, y, interactiveOnly, touch) {
    const found = interactiveOnly ? current() : null;
    if (!found) return original.call(this, x, y, interactiveOnly, touch);
    const nearby = found.index.near(x, y, hitMargin(cy.zoom(), touch)).map((i) => found.list[i]);
    // Cytoscape's own test, run over the nearby elements only (it reads `.interactive` of this list).
    const view = Object.create(this as object) as Renderer;
    view.getCachedZSortedEles = () => Object.assign([], { interactive: nearby }) as ZSorted;
    return original.call(view, x, y, interactiveOnly, touch);
  };
  cy.on('add remove position style data', stale);
  stale();
  return () => {
    rebuild.cancel();
    cy.off('add remove position style data', stale);
    delete renderer.findNearestElements;
  };
}
