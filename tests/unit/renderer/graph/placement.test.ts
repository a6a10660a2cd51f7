import { describe, expect, it } from 'vitest';
import { MIN_SPACING, placeNear } from '../../../../renderer/src/graph/placement';

describe('placeNear', () => {
  it('uses the centre itself when it is free', () => {
    expect(placeNear({ x: 10, y: 20 }, [])).toEqual({ x: 10, y: 20 });
  });

  it('spreads actors added one after another so none overlap', () => {
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 25; i++) placed.push(placeNear({ x: 0, y: 0 }, placed));
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MIN_SPACING - 0.5);
      }
    }
    // …and stay near the centre.
    for (const p of placed) expect(Math.hypot(p.x, p.y)).toBeLessThan(MIN_SPACING * 5);
  });
});
