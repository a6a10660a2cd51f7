import { describe, expect, it } from 'vitest';
import { countOverlaps, layoutQuality } from '../../../../../renderer/src/graph/large-layout/layout-quality';

const node = (id: string, size = 40) => ({ id, x: 0, y: 0, size });

describe('layoutQuality', () => {
  it('counts each pair of actors whose shapes overlap once', () => {
    const nodes = [node('a'), node('b'), node('c'), node('d')];
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 30, y: 0 }], // overlaps a (30 < 40)
      ['c', { x: 50, y: 0 }], // overlaps b, not a
      ['d', { x: 500, y: 500 }],
    ]);
    expect(countOverlaps(nodes, positions)).toBe(2);
  });

  it('finds overlaps across grid cells and ignores actors without a position', () => {
    const nodes = [node('a', 56), node('b', 28), node('c')];
    const positions = new Map([
      ['a', { x: 55.9, y: 0 }],
      ['b', { x: 14, y: 0 }],
    ]);
    expect(countOverlaps(nodes, positions)).toBe(1);
  });

  it('gives spread 0 when all ties are equally long, and more for uneven ties', () => {
    const nodes = [node('a'), node('b'), node('c')];
    const even = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
      ['c', { x: 200, y: 0 }],
    ]);
    const edges = [
      { source: 'a', target: 'b', weight: 1 },
      { source: 'b', target: 'c', weight: 1 },
    ];
    expect(layoutQuality(nodes, edges, even)).toEqual({ overlaps: 0, edgeLengthSpread: 0, medianEdgeLength: 100 });
    const uneven = new Map(even).set('c', { x: 1100, y: 0 });
    expect(layoutQuality(nodes, edges, uneven).edgeLengthSpread).toBeGreaterThan(0.5);
  });
});
