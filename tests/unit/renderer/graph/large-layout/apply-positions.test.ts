import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPositions, hidesEdgesWhileMoving } from '../../../../../renderer/src/graph/large-layout/apply-positions';

const COUNT = 1_200;

function map(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...Array.from({ length: COUNT }, (_, i) => ({ group: 'nodes' as const, data: { id: `a${i}` }, position: { x: i, y: 0 } })),
      ...Array.from({ length: COUNT - 1 }, (_, i) => ({ group: 'edges' as const, data: { id: `r${i}`, source: `a${i}`, target: `a${i + 1}` } })),
    ],
  });
}

/** Makes the headless canvas behave like a big map's: relations hidden while the view moves. */
function likeABigMap(cy: Core): void {
  // The renderer's viewport flag is a plain field Cytoscape reads on every frame (not typed).
  (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean } }).renderer().hideEdgesOnViewport = true;
}

const target = new Map(Array.from({ length: COUNT }, (_, i) => [`a${i}`, { x: i * 3, y: (i % 7) * 50 }]));
const positionsOf = (cy: Core) => cy.nodes().map((n) => ({ ...n.position() }));

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 1));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('applyPositions', () => {
  it('puts a small map in its new place at once', async () => {
    const cy = map();
    expect(hidesEdgesWhileMoving(cy)).toBe(false);
    const progress: number[] = [];
    expect(await applyPositions(cy, cy.nodes(), target, { onProgress: (f) => progress.push(f) })).toBe(true);
    expect(cy.getElementById('a10').position()).toEqual({ x: 30, y: 150 });
    expect(progress).toEqual([]);
  });

  it('moves every actor of a big map to its new place over several frames, then shows relations again', async () => {
    const cy = map();
    likeABigMap(cy);
    const progress: number[] = [];
    let fitted = false;
    const done = await applyPositions(cy, cy.nodes(), target, { onProgress: (f) => progress.push(f), fitBox: () => (fitted = true) });
    expect(done).toBe(true);
    expect(fitted).toBe(true);
    for (const [id, p] of target) expect(cy.getElementById(id).position()).toEqual(p);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
    // The still viewport animation that kept relations hidden is gone.
    expect(cy.animated()).toBe(false);
  });

  it('puts every actor back when stopped while applying', async () => {
    const cy = map();
    likeABigMap(cy);
    const before = positionsOf(cy);
    const abort = new AbortController();
    const done = await applyPositions(cy, cy.nodes(), target, { signal: abort.signal, onProgress: () => abort.abort() });
    expect(done).toBe(false);
    expect(positionsOf(cy)).toEqual(before);
    expect(cy.animated()).toBe(false);
  });
});
