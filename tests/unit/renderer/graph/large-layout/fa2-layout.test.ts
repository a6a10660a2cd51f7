import { describe, expect, it } from 'vitest';
import { fa2Layout, fa2LayoutSteps } from '../../../../../renderer/src/graph/large-layout/fa2-layout';
import { layoutQuality } from '../../../../../renderer/src/graph/large-layout/layout-quality';
import { generateClusteredMap } from '../../../../../scripts/bench/generate-map';

function inputOf(actors: number) {
  const doc = generateClusteredMap(actors);
  return {
    nodes: doc.actors.map((a) => ({ id: a.id, x: 0, y: 0, size: 40 })),
    edges: doc.relations.map((r) => ({ source: r.from, target: r.to, weight: r.strength })),
  };
}

describe('fa2Layout (large-map layout)', () => {
  it('spreads 400 actors stacked on one spot into a layout without overlaps', () => {
    const input = inputOf(400);
    const positions = fa2Layout(input);
    expect(positions?.size).toBe(400);
    const quality = layoutQuality(input.nodes, input.edges, positions ?? new Map());
    expect(quality.overlaps).toBe(0);
    expect(Number.isFinite(quality.edgeLengthSpread)).toBe(true);
  });

  it('gives the same map the same layout every time', () => {
    const input = inputOf(300);
    expect([...(fa2Layout(input) ?? [])]).toEqual([...(fa2Layout(input) ?? [])]);
  });

  it('reports rising progress ending at 1, and stops when asked', () => {
    const input = inputOf(300);
    const seen: number[] = [];
    fa2Layout(input, { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    let calls = 0;
    expect(fa2Layout(input, { shouldStop: () => ++calls > 2 })).toBeNull();
  });

  it('can be run step by step (the fallback when no worker can start)', () => {
    const steps = fa2LayoutSteps(inputOf(300));
    let step = steps.next();
    let count = 0;
    while (!step.done) {
      count += 1;
      step = steps.next();
    }
    expect(count).toBeGreaterThan(2);
    expect(step.value.size).toBe(300);
  });

  it('handles an empty map and ties to unknown actors', () => {
    expect(fa2Layout({ nodes: [], edges: [] })?.size).toBe(0);
    const positions = fa2Layout({ nodes: [{ id: 'a', x: 0, y: 0, size: 40 }], edges: [{ source: 'a', target: 'x', weight: 1 }] });
    expect(positions?.get('a')).toBeDefined();
  });
});
