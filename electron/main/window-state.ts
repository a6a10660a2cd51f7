/** A window's position and size, plus whether it was maximised. */
export interface WindowState {
  readonly x?: number | undefined;
  readonly y?: number | undefined;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** A rectangle on screen (Electron's Rectangle fits). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The size of a first window: room for the map and a side panel on a common laptop screen. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** The smallest window that still shows the map and its panel. */
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Turns what was saved (possibly damaged, possibly from a screen that is no longer attached) into a
 * state that fits: unknown shapes fall back to the default, and a position whose title bar would
 * be off every display is dropped so the OS centres the window.
 */
export function restoreWindowState(saved: unknown, displays: readonly Rect[]): WindowState {
  if (typeof saved !== 'object' || saved === null) return DEFAULT_WINDOW_STATE;
  const s = saved as Record<string, unknown>;
  if (!isNumber(s.width) || !isNumber(s.height)) return DEFAULT_WINDOW_STATE;
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.round(s.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.round(s.height));
  const maximized = s.maximized === true;
  if (!isNumber(s.x) || !isNumber(s.y)) return { width, height, maximized };
  const x = Math.round(s.x);
  const y = Math.round(s.y);
  // The top 40 px (title bar) must overlap a display by at least 100 px horizontally.
  const visible = displays.some(
    (d) => x + width - 100 >= d.x && x + 100 <= d.x + d.width && y >= d.y - 10 && y + 40 <= d.y + d.height,
  );
  return visible ? { x, y, width, height, maximized } : { width, height, maximized };
}
