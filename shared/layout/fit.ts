/** The part of a window the map is drawn in, and what covers or is kept free of it. */
export interface FitView {
  /** Canvas size in screen px. */
  readonly width: number;
  readonly height: number;
  /** Room kept free on the left (a legend beside the map) and at the bottom (a legend below it). */
  readonly left: number;
  readonly bottom: number;
  /** Room kept free at the top (quick-add box and reading tools). */
  readonly top: number;
  /** Padding around the fitted map, in screen px (half on each side). */
  readonly padding: number;
  /** Zoom limits: fitting never goes below `min` nor above `max`. */
  readonly min: number;
  readonly max: number;
}

/** A box in model coordinates. */
export interface ModelBox {
  readonly x1: number;
  readonly y1: number;
  readonly w: number;
  readonly h: number;
}

/** The zoom and pan that fit `box` into the free part of the view, centred (the canvas "fit"). */
export function fitViewport(box: ModelBox, view: FitView): { zoom: number; pan: { x: number; y: number } } {
  const pad = view.padding / 2;
  const w = Math.max(50, view.width - view.left - 2 * pad);
  const h = Math.max(50, view.height - view.bottom - view.top - 2 * pad);
  const zoom = Math.min(view.max, Math.max(view.min, Math.min(w / Math.max(box.w, 1), h / Math.max(box.h, 1))));
  return {
    zoom,
    pan: { x: view.left + pad + (w - box.w * zoom) / 2 - box.x1 * zoom, y: view.top + pad + (h - box.h * zoom) / 2 - box.y1 * zoom },
  };
}
