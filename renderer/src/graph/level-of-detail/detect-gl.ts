import { isSoftwareRenderer, type GlInfo } from './choose-render';

let cached: GlInfo | null = null;

/**
 * What WebGL this page gets: tries a WebGL 2 context on a throw-away canvas and reads the
 * unmasked renderer name. Measured once per page (creating contexts is not free).
 */
export function detectGl(): GlInfo {
  if (cached) return cached;
  let info: GlInfo = { available: false, renderer: '', software: false };
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (gl) {
      const debug = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = debug ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
      info = { available: true, renderer, software: isSoftwareRenderer(renderer) };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL at all: the 2D canvas is used.
  }
  cached = info;
  return info;
}
