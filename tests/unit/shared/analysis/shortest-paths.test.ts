import fc from 'fast-check';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../../shared/domain/map-document';
import { buildNetwork } from '../../../../shared/analysis/network-graph';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions } from '../../../../shared/analysis/options';
import { sweepShortestPaths } from '../../../../shared/analysis/shortest-paths';
import { smallMap } from './small-graphs';

type Doc = Pick<MapDocument, 'actors' | 'relations'>;

/** A random map of up to 14 actors with ties of strength 1–3, some directed. */
const randomMap = fc
  .record({
    n: fc.integer({ min: 1, max: 14 }),
    ties: fc.array(fc.record({ a: fc.nat(13), b: fc.nat(13), strength: fc.integer({ min: 1, max: 3 }), directed: fc.boolean() }), { maxLength: 40 }),
  })
  .map(({ n, ties }): Doc => {
    const ids = Array.from({ length: n }, (_, i) => `a${i}`);
    const base = smallMap(ids, []);
    const relations = ties
      .filter((t) => t.a < n && t.b < n && t.a !== t.b)
      .map((t, i) => ({ id: `r${i}`, from: ids[t.a]!, to: ids[t.b]!, kind: 'samenwerking', strength: t.strength, directed: t.directed, note: '', since: '' }));
    return { actors: base.actors, relations };
  });

/** The reference: graphology-metrics' Brandes and closeness on the same network. */
function reference(doc: Doc, options: AnalysisOptions) {
  const { graph } = buildNetwork(doc, options);
  return {
    betweenness: betweennessCentrality(graph, { normalized: false, getEdgeWeight: options.weighted ? 'distance' : null }),
    closeness: closenessCentrality(graph, { wassermanFaust: true }),
  };
}

describe('one shortest-path search per actor gives the same measures as graphology', () => {
  for (const [label, options] of [
    ['undirected, in steps', DEFAULT_ANALYSIS_OPTIONS],
    ['weighted by strength', { ...DEFAULT_ANALYSIS_OPTIONS, weighted: true }],
    ['following arrows', { ...DEFAULT_ANALYSIS_OPTIONS, respectDirection: true }],
    ['following arrows, weighted', { ...DEFAULT_ANALYSIS_OPTIONS, respectDirection: true, weighted: true }],
  ] as const) {
    it(`betweenness and closeness match (${label})`, () => {
      fc.assert(
        fc.property(randomMap, (doc) => {
          const sweep = sweepShortestPaths(buildNetwork(doc, options), { weighted: options.weighted });
          const ref = reference(doc, options);
          sweep.ids.forEach((id, i) => {
            expect(sweep.betweenness[i]).toBeCloseTo(ref.betweenness[id] ?? 0, 9);
            expect(sweep.closeness[i]).toBeCloseTo(ref.closeness[id] ?? 0, 9);
          });
          expect(sweep.estimate).toBeNull();
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('on maps too big to count every path, a sample of start actors', () => {
  // A ring of 12 cliques of 8, each clique tied to the next by one bridge actor pair.
  const ids = Array.from({ length: 96 }, (_, i) => `a${i}`);
  const ties: string[] = [];
  for (let c = 0; c < 12; c++) {
    for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) ties.push(`a${c * 8 + i}-a${c * 8 + j}`);
    ties.push(`a${c * 8}-a${((c + 1) % 12) * 8 + 1}`);
  }
  const network = buildNetwork(smallMap(ids, ties), DEFAULT_ANALYSIS_OPTIONS);
  const exact = sweepShortestPaths(network, { weighted: false });
  const sampled = sweepShortestPaths(network, { weighted: false, exactMaxActors: 50, sampledSources: 48 });

  it('says it is an estimate, from how many start actors, with its standard error', () => {
    expect(sampled.estimate).toMatchObject({ sources: 48, of: 96 });
    expect(sampled.estimate!.topStandardError).toBeGreaterThan(0);
  });

  it('ranks the bridge actors on top as the exact count does, within a few standard errors', () => {
    const pairs = (95 * 94) / 2;
    const topExact = [...exact.betweenness.keys()].sort((a, b) => exact.betweenness[b]! - exact.betweenness[a]!).slice(0, 24);
    for (const v of topExact) {
      expect(Math.abs(sampled.betweenness[v]! - exact.betweenness[v]!) / pairs).toBeLessThan(4 * sampled.estimate!.topStandardError + 1e-9);
    }
    expect(sampled.averagePathLength).toBeCloseTo(exact.averagePathLength!, 0);
  });

  it('reports progress as it goes, ending at 1', () => {
    const seen: number[] = [];
    sweepShortestPaths(network, { weighted: false, onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
