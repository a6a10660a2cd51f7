import { describe, expect, it } from 'vitest';
import { runLargeLayout } from '../../../../../renderer/src/graph/large-layout/run-large-layout';

// Node has no Web Worker: these tests exercise the fallback that runs the layout in slices.
const input = {
  nodes: Array.from({ length: 60 }, (_, i) => ({ id: `a${i}`, x: 0, y: 0, size: 40 })),
  edges: Array.from({ length: 59 }, (_, i) => ({ source: `a${i}`, target: `a${i + 1}`, weight: 1 })),
};

describe('runLargeLayout without a worker', () => {
  it('still lays out the map in slices and reports progress up to 1', async () => {
    const seen: number[] = [];
    const positions = await runLargeLayout(input, { onProgress: (f) => seen.push(f) });
    expect(positions?.size).toBe(60);
    expect(seen.at(-1)).toBe(1);
  });

  it('resolves with nothing when stopped, before or while it runs', async () => {
    const stopped = new AbortController();
    stopped.abort();
    expect(await runLargeLayout(input, { signal: stopped.signal })).toBeNull();
    const abort = new AbortController();
    const running = runLargeLayout(input, { signal: abort.signal, onProgress: () => abort.abort() });
    expect(await running).toBeNull();
  });
});
