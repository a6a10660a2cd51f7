import { describe, expect, it } from 'vitest';
import { bitmapFits, bitmapLevel, drawsFromBitmap } from '../../../../../renderer/src/graph/level-of-detail/bitmap-while-moving';

describe('moving a big map as a bitmap', () => {
  it('uses the bitmap level Cytoscape uses for the zoom, none when zoomed in far', () => {
    expect(bitmapLevel(1, 1)).toBe(0);
    expect(bitmapLevel(0.3, 1)).toBe(-1);
    expect(bitmapLevel(0.3, 2)).toBe(0);
    expect(bitmapLevel(0.01, 1)).toBe(-4);
    expect(bitmapLevel(5, 1)).toBeNull();
    expect(bitmapLevel(3, 2)).toBeNull();
  });

  it('knows a bitmap of a whole city map fits only when zoomed out', () => {
    const city = { w: 12_000, h: 8_000 };
    expect(bitmapFits(city, -2)).toBe(true);
    expect(bitmapFits(city, -1)).toBe(false);
    expect(bitmapFits(city, 0)).toBe(false);
  });

  it('moves the bitmap when it is ready, and hides relations while moving when it is not', () => {
    const ready = { level: -2, fits: false, completeLevels: new Set([-2]), skipping: false };
    expect(drawsFromBitmap(ready)).toBe(true);
    // Just after a change Cytoscape redraws one by one for a moment.
    expect(drawsFromBitmap({ ...ready, skipping: true })).toBe(false);
    // Zoomed to a new level: another complete level is scaled while the new one is drawn.
    expect(drawsFromBitmap({ level: -1, fits: true, completeLevels: new Set([-2]), skipping: false })).toBe(true);
    expect(drawsFromBitmap({ level: 0, fits: false, completeLevels: new Set([-2]), skipping: false })).toBe(false);
    expect(drawsFromBitmap({ level: -1, fits: true, completeLevels: new Set(), skipping: false })).toBe(false);
    expect(drawsFromBitmap({ ...ready, level: null })).toBe(false);
  });
});
