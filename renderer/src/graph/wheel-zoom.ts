import type { Core } from 'cytoscape';

/** One notch of a mouse wheel (Chromium reports 100 px) zooms by this factor. */
export const NOTCH_FACTOR = 1.2;
/** The +/− buttons and keys zoom by this factor. */
export const STEP_FACTOR = 1.25;
const PIXELS_PER_NOTCH = 100;
/** A trackpad pinch (Ctrl+wheel in Chromium) reports small deltas; this makes it follow the fingers. */
const PINCH_PER_PIXEL = 0.01;
/** One wheel event never zooms further than this, whatever the device reports. */
const MAX_EVENT_FACTOR = 2;

/** The parts of a wheel event that decide the zoom. */
export interface WheelInput {
  readonly deltaY: number;
  /** 0 pixels, 1 lines, 2 pages (WheelEvent.deltaMode). */
  readonly deltaMode: number;
  /** Chromium sets ctrlKey on a trackpad pinch. */
  readonly ctrlKey: boolean;
}

/**
 * How much one wheel event zooms (>1 in, <1 out): a mouse notch by NOTCH_FACTOR, a trackpad scroll
 * in proportion to its pixels, a pinch as the fingers move. Pure.
 */
export function wheelZoomFactor({ deltaY, deltaMode, ctrlKey }: WheelInput): number {
  const pixels = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 800 : deltaY;
  const exponent = ctrlKey ? -pixels * PINCH_PER_PIXEL : (-pixels / PIXELS_PER_NOTCH) * Math.log(NOTCH_FACTOR);
  return Math.min(MAX_EVENT_FACTOR, Math.max(1 / MAX_EVENT_FACTOR, Math.exp(exponent)));
}

/** Zooms by a factor around a point of the canvas (rendered coordinates), within the zoom limits. */
export function zoomAround(cy: Core, factor: number, at: { x: number; y: number }): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: at });
}

/** Cytoscape's renderer state that says "a wheel zoom is under way" (it simplifies drawing meanwhile). */
interface WheelFlags {
  data?: { wheelZooming?: boolean; wheelTimeout?: ReturnType<typeof setTimeout> };
  redrawHint?(what: string, on: boolean): void;
  redraw?(): void;
}

/** Tells Cytoscape a wheel zoom is under way, as its own wheel handler does, so big maps stay smooth. */
function flagWheelZooming(cy: Core): void {
  const r = (cy as unknown as { renderer(): WheelFlags | undefined }).renderer();
  const data = r?.data;
  if (!r || !data) return;
  data.wheelZooming = true;
  clearTimeout(data.wheelTimeout);
  data.wheelTimeout = setTimeout(() => {
    data.wheelZooming = false;
    r.redrawHint?.('eles', true);
    r.redraw?.();
  }, 150);
}

/**
 * Takes over wheel zooming from Cytoscape, whose own wheel handling mistakes a mouse for an
 * "inaccurate device" and needs ~25 notches for 1.5×. Must be installed before Cytoscape is created
 * on the container: the listener runs first (capture phase) and stops Cytoscape's.
 */
export function installWheelZoom(container: HTMLElement, getCy: () => Core | null): () => void {
  const onWheel = (e: WheelEvent): void => {
    const cy = getCy();
    if (!cy || e.deltaY === 0) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const box = container.getBoundingClientRect();
    flagWheelZooming(cy);
    zoomAround(cy, wheelZoomFactor(e), { x: e.clientX - box.left, y: e.clientY - box.top });
  };
  container.addEventListener('wheel', onWheel, { capture: true, passive: false });
  return () => container.removeEventListener('wheel', onWheel, { capture: true });
}
