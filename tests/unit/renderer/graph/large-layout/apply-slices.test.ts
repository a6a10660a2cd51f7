import { describe, expect, it } from 'vitest';
import { MAX_SLICE, MIN_SLICE, nextSliceSize, positionsBox, SLICE_FRAME_MS } from '../../../../../renderer/src/graph/large-layout/apply-slices';

describe('nextSliceSize', () => {
  it('moves more actors per frame while frames stay quick, at most twice as many', () => {
    expect(nextSliceSize(300, SLICE_FRAME_MS / 4)).toBe(600);
    expect(nextSliceSize(300, (SLICE_FRAME_MS * 3) / 4)).toBe(400);
  });

  it('moves fewer actors per frame when a frame took too long, at least half as many', () => {
    expect(nextSliceSize(400, SLICE_FRAME_MS * 2)).toBe(200);
    expect(nextSliceSize(400, SLICE_FRAME_MS * 10)).toBe(200);
  });

  it('keeps every slice between the smallest and the largest size', () => {
    expect(nextSliceSize(MIN_SLICE, 10_000)).toBe(MIN_SLICE);
    expect(nextSliceSize(MAX_SLICE, 1)).toBe(MAX_SLICE);
    expect(nextSliceSize(300, 0)).toBe(600);
  });
});

describe('positionsBox', () => {
  it('is the extent of the new layout with room for labels around it', () => {
    const positions = new Map([
      ['a', { x: -10, y: 5 }],
      ['b', { x: 90, y: 45 }],
    ]);
    expect(positionsBox(positions, 20)).toEqual({ x1: -30, y1: -15, x2: 110, y2: 65, w: 140, h: 80 });
  });

  it('is null for a layout without actors', () => {
    expect(positionsBox(new Map(), 20)).toBeNull();
  });
});
