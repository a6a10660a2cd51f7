import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPositions, appliesInSlices } from '../../../../../renderer/src/graph/large-layout/apply-positions';

const COUNT = 1_200;

function map(count = COUNT): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...Array.from({ length: count }, (_, i) => ({ group: 'nodes' as const, data: { id: `a${i}` }, position: { x: i, y: 0 } })),
      ...Array.from({ length: count - 1 }, (_, i) => ({ group: 'edges' as const, data: { id: `r${i}`, source: `a${i}`, target: `a${i + 1}` } })),
    ],
  });
}

/** Gives the headless canvas the viewport flag of Cytoscape's canvas renderer (false: as a map that shows relations while moving). */
function likeTheCanvasRenderer(cy: Core): { hideEdgesOnViewport: boolean } {
  // The renderer's viewport flag is a plain field Cytoscape reads on every frame (not typed).
  const renderer = (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean } }).renderer();
  renderer.hideEdgesOnViewport = false;
  return renderer;
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
  it('puts a map of fewer than 1 000 actors in its new place at once', async () => {
    const cy = map(300);
    likeTheCanvasRenderer(cy);
    expect(appliesInSlices(cy, 300)).toBe(false);
    const progress: number[] = [];
    expect(await applyPositions(cy, cy.nodes(), target, { onProgress: (f) => progress.push(f) })).toBe(true);
    expect(cy.getElementById('a10').position()).toEqual({ x: 30, y: 150 });
    expect(cy.getElementById('a299').position()).toEqual(target.get('a299'));
    expect(progress).toEqual([]);
  });

  it('moves every actor of a big map to its new place over several frames, then shows relations again', async () => {
    const cy = map();
    const renderer = likeTheCanvasRenderer(cy);
    expect(appliesInSlices(cy, COUNT)).toBe(true);
    let hiddenMeanwhile = true;
    const progress: number[] = [];
    let fitted = false;
    const onProgress = (f: number): void => {
      progress.push(f);
      hiddenMeanwhile &&= renderer.hideEdgesOnViewport && cy.animated();
    };
    const done = await applyPositions(cy, cy.nodes(), target, { onProgress, fitBox: () => (fitted = true) });
    expect(done).toBe(true);
    expect(fitted).toBe(true);
    for (const [id, p] of target) expect(cy.getElementById(id).position()).toEqual(p);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
    // Relations were left out meanwhile; the still viewport animation that did so is gone, the flag is as before.
    expect(hiddenMeanwhile).toBe(true);
    expect(cy.animated()).toBe(false);
    expect(renderer.hideEdgesOnViewport).toBe(false);
  });

  it('puts every actor back when stopped while applying', async () => {
    const cy = map();
    likeTheCanvasRenderer(cy);
    const before = positionsOf(cy);
    const abort = new AbortController();
    const done = await applyPositions(cy, cy.nodes(), target, { signal: abort.signal, onProgress: () => abort.abort() });
    expect(done).toBe(false);
    expect(positionsOf(cy)).toEqual(before);
    expect(cy.animated()).toBe(false);
  });
});
