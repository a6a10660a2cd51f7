import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, pngSize } from '../../../../renderer/src/print/png-size';

describe('PNG export size', () => {
  it('makes an A4 landscape sheet 3508 × 2480 pixels at 300 dpi', () => {
    expect(pngSize(297, 210, 300)).toEqual({ ok: true, width: 3508, height: 2480 });
  });

  it('refuses an A3 sheet at 600 dpi and names the highest resolution that fits', () => {
    const size = pngSize(420, 297, 600);
    expect(size.ok).toBe(false);
    if (size.ok) return;
    expect(size).toMatchObject({ width: 9921, height: 7016 });
    const fits = pngSize(420, 297, size.maxDpi);
    expect(fits.ok).toBe(true);
    expect(fits.width * fits.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(Math.max(fits.width, fits.height)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(pngSize(420, 297, size.maxDpi + 1).ok).toBe(false);
  });
});
