import { afterEach, describe, expect, it, vi } from 'vitest';
import { hitMargin, idleAfterQuiet, indexBoxes } from '../../../../../renderer/src/graph/level-of-detail/indexed-hit-test';

describe('finding what is under the pointer on a big map', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers only the elements near the pointer, in drawing order', () => {
    const index = indexBoxes([
      { x1: 0, y1: 0, x2: 10, y2: 10 },
      { x1: 100, y1: 100, x2: 110, y2: 110 },
      { x1: 5, y1: 5, x2: 200, y2: 200 },
      { x1: 8, y1: 0, x2: 9, y2: 1 },
    ]);
    expect(index.near(6, 6, 1)).toEqual([0, 2]);
    expect(index.near(105, 105, 1)).toEqual([1, 2]);
    expect(index.near(500, 500, 1)).toEqual([]);
    // The margin reaches elements just beside the pointer (a thin relation, a small node).
    expect(index.near(12, 0, 3)).toEqual([0, 3]);
  });

  it('never offers an element without a usable box, and copes with an empty map', () => {
    const index = indexBoxes([
      { x1: Number.NaN, y1: 0, x2: 10, y2: 10 },
      { x1: 0, y1: 0, x2: 10, y2: 10 },
    ]);
    expect(index.near(5, 5, 1)).toEqual([1]);
    expect(indexBoxes([]).near(0, 0, 10)).toEqual([]);
  });

  it('keeps the margin as wide on screen as Cytoscape allows, also when zoomed out', () => {
    expect(hitMargin(1, false)).toBeGreaterThanOrEqual(8);
    expect(hitMargin(0.1, false)).toBeGreaterThanOrEqual(80);
    expect(hitMargin(1, true)).toBeGreaterThanOrEqual(24);
  });

  it('rebuilds once the map has been still for a moment, not while it keeps changing', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    const rebuild = idleAfterQuiet(task, 300);
    rebuild.poke();
    vi.advanceTimersByTime(200);
    rebuild.poke();
    vi.advanceTimersByTime(200);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_200);
    expect(task).toHaveBeenCalledTimes(1);
    rebuild.poke();
    rebuild.cancel();
    vi.advanceTimersByTime(2_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
