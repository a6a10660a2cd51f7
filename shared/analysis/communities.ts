import louvain from 'graphology-communities-louvain';
import type Graph from 'graphology';
import type { TieAttributes } from './network-graph';
import { seededRandom } from '../seeded-random';

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
