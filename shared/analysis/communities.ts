import louvain from 'graphology-communities-louvain';
import type Graph from 'graphology';
import type { TieAttributes } from './network-graph';

/** A small seeded random source (mulberry32), so the same map always gives the same communities. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Louvain communities (graphology-communities-louvain) on the undirected network, deterministic.
 * Actors without ties get no community (null): they belong to no group.
 */
export function detectCommunities(
  undirected: Graph<Record<string, never>, TieAttributes>,
  weighted: boolean,
): Map<string, number | null> {
  const result = new Map<string, number | null>();
  if (undirected.size === 0) {
    undirected.forEachNode((node) => result.set(node, null));
    return result;
  }
  const mapping = louvain(undirected, {
    getEdgeWeight: weighted ? 'strength' : null,
    rng: seededRandom(20011),
  });
  undirected.forEachNode((node) => result.set(node, undirected.degree(node) === 0 ? null : (mapping[node] ?? null)));
  return result;
}
