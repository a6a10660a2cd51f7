import type { RenderChoice } from './choose-render';

/** localStorage key that forces a renderer, for the benchmark's canvas-vs-WebGL comparison. */
export const RENDER_OVERRIDE_KEY = 'wijkweb.renderer';

/** A forced renderer: plain canvas (no simplifications) or WebGL; null = the app's own choice. */
export type RenderOverride = 'canvas' | 'webgl' | null;

/** Reads the override (missing or unknown values, or no storage, mean none). */
export function readRenderOverride(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): RenderOverride {
  try {
    const value = storage?.getItem(RENDER_OVERRIDE_KEY);
    return value === 'canvas' || value === 'webgl' ? value : null;
  } catch {
    return null;
  }
}

/** The choice with the override applied: 'canvas' and 'webgl' both draw everything, always. */
export function withOverride(choice: RenderChoice, override: RenderOverride): RenderChoice {
  if (override === null) return choice;
  return {
    ...choice,
    webgl: override === 'webgl',
    hideEdgesOnViewport: false,
    movingFromBitmap: false,
    pressFeedback: true,
    hoverHighlight: true,
    textureOnViewport: false,
    reason: `${override} (geforceerd)`,
  };
}
