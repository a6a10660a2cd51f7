/** Largest side of a canvas every current browser can draw (Chromium, Firefox and Safari agree on 16 384). */
export const MAX_CANVAS_SIDE = 16_384;
/** Largest canvas area we ask for: 64 megapixels (256 MB of pixels); more fails or freezes on a laptop. */
export const MAX_CANVAS_AREA = 64 * 1024 * 1024;

/** The resolutions offered for PNG export. */
export const PNG_DPI_CHOICES = [96, 150, 300, 600] as const;

/** Pixel size of a sheet at a resolution, or, when too large, the highest resolution that fits. */
export type PngSize =
  | { readonly ok: true; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly width: number; readonly height: number; readonly maxDpi: number };

/** Works out how many pixels a sheet of `widthMm × heightMm` becomes at `dpi`, guarding the canvas limits. */
export function pngSize(widthMm: number, heightMm: number, dpi: number): PngSize {
  const px = (mm: number, d: number): number => Math.round((mm / 25.4) * d);
  const width = px(widthMm, dpi);
  const height = px(heightMm, dpi);
  if (width <= MAX_CANVAS_SIDE && height <= MAX_CANVAS_SIDE && width * height <= MAX_CANVAS_AREA) return { ok: true, width, height };
  const inches = { w: widthMm / 25.4, h: heightMm / 25.4 };
  const maxDpi = Math.floor(
    Math.min(MAX_CANVAS_SIDE / inches.w, MAX_CANVAS_SIDE / inches.h, Math.sqrt(MAX_CANVAS_AREA / (inches.w * inches.h))),
  );
  return { ok: false, width, height, maxDpi };
}
