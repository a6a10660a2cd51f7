import type { StylesheetStyle } from 'cytoscape';

/** Larger labels for a projector or a shared screen. */
export const SESSION_RULES: readonly StylesheetStyle[] = [
  { selector: 'node', style: { 'font-size': 22, 'text-max-width': '240px', 'text-margin-y': 7 } },
  { selector: 'edge.with-label', style: { 'font-size': 16 } },
];

/** Asks the browser/Electron for full screen; silently stays windowed where that is not allowed. */
export function enterFullScreen(): void {
  const el = document.documentElement;
  if (document.fullscreenElement || typeof el.requestFullscreen !== 'function') return;
  el.requestFullscreen().catch(() => undefined);
}

/** Leaves full screen if the app is in it. */
export function leaveFullScreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}
