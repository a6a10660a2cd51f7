/** What the machine's graphics can do, as far as the page can tell. */
export interface GlInfo {
  /** WebGL 2 can be created at all. */
  readonly available: boolean;
  /** The GPU driver's name (WEBGL_debug_renderer_info), or '' when hidden. */
  readonly renderer: string;
  /** Drawn by the CPU (SwiftShader, llvmpipe, …): WebGL is then slower than the 2D canvas. */
  readonly software: boolean;
}

/** How Cytoscape draws a map: renderer and what it simplifies while the user pans or zooms. */
export interface RenderChoice {
  /** Cytoscape's WebGL renderer (only with a hardware GPU and a big map). */
  readonly webgl: boolean;
  /** Leave relations out while panning/zooming; everything is drawn again when still. */
  readonly hideEdgesOnViewport: boolean;
  /**
   * While moving, draw the whole map from Cytoscape's cached bitmap whenever it is ready at this
   * zoom (fast, full detail) and hide relations only when it is not (see bitmap-while-moving.ts).
   */
  readonly movingFromBitmap: boolean;
  /** Cytoscape's overlay on a pressed element; off for big maps (it throws the cached bitmap away). */
  readonly pressFeedback: boolean;
  /**
   * Hovering an actor fades the rest of the map. On big maps that restyles every element and
   * redraws the whole map one by one (1–3 s at 5 000 actors) each time the pointer crosses an actor,
   * so it is off there; the selected actor's neighbours are still ringed.
   */
  readonly hoverHighlight: boolean;
  /** Pan/zoom a bitmap of the map instead of redrawing (off: ~0.7 s freeze when a gesture starts). */
  readonly textureOnViewport: boolean;
  /** Labels smaller than this many screen px are not drawn (cheap label level of detail). */
  readonly minLabelPx: number;
  /** Relations drawn as straight lines (cheaper than Cytoscape's bezier; arrows and dashes stay). */
  readonly straightEdges: boolean;
  /** Why, in one line, for the docs and the benchmark table. */
  readonly reason: string;
}

/** From this many actors on, relations are hidden while the view moves. */
export const HIDE_EDGES_FROM = 1_000;
/** From this many actors on, the map moves as a bitmap; presses and hovering leave elements unchanged. */
export const BITMAP_WHILE_MOVING_FROM = 1_000;
/** From this many actors on, relations are straight lines. */
export const STRAIGHT_EDGES_FROM = 1_000;
/** From this many actors on, a hardware GPU draws with WebGL. */
export const WEBGL_FROM = 2_000;
/** From this many actors on, small labels are left out (a label needs 9 px on screen). */
export const SMALL_LABELS_OFF_FROM = 2_000;

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen|lavapipe/i;

/** Whether the GPU matters for a map of this size (asking for it costs a WebGL context). */
export function needsGlInfo(actors: number): boolean {
  return actors >= WEBGL_FROM;
}

/** What to assume about the GPU when it does not matter. */
export const GL_NOT_ASKED: GlInfo = { available: false, renderer: '', software: false };

/** Whether a WebGL renderer string names a CPU (software) rasteriser. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_GL.test(renderer);
}

/**
 * The renderer settings for a map of `actors` on this machine. Measured (docs/performance.md):
 * WebGL on a software GPU is 3–4× slower than the 2D canvas, so it is used only on real GPUs;
 * moving the cached bitmap keeps 5 000 actors above 30 fps on 2 cores, drawing them one by one
 * with relations hidden ~20 fps (used only where no bitmap fits); the texture mode freezes
 * ~0.7 s when a gesture starts, so it is never chosen.
 */
export function chooseRenderOptions(actors: number, gl: GlInfo): RenderChoice {
  const webgl = gl.available && !gl.software && actors >= WEBGL_FROM;
  const hideEdgesOnViewport = actors >= HIDE_EDGES_FROM;
  // WebGL draws without Cytoscape's cached bitmaps.
  const movingFromBitmap = !webgl && actors >= BITMAP_WHILE_MOVING_FROM;
  const minLabelPx = actors >= SMALL_LABELS_OFF_FROM ? 9 : 6;
  const parts = [
    webgl ? 'WebGL (hardware-GPU)' : gl.available && gl.software ? 'canvas (WebGL is software)' : 'canvas',
    movingFromBitmap ? 'bitmap tijdens bewegen (anders relaties verborgen)' : hideEdgesOnViewport ? 'relaties verborgen tijdens bewegen' : 'volledig detail',
  ];
  const straightEdges = actors >= STRAIGHT_EDGES_FROM;
  return {
    webgl,
    hideEdgesOnViewport,
    movingFromBitmap,
    pressFeedback: !movingFromBitmap,
    hoverHighlight: actors < BITMAP_WHILE_MOVING_FROM,
    textureOnViewport: false,
    minLabelPx,
    straightEdges,
    reason: parts.join(', '),
  };
}
