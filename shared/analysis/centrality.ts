import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import type { Network } from './network-graph';
import type { AnalysisOptions } from './options';

/** The per-actor centrality figures. */
export interface ActorCentrality {
  /** Number of other actors this actor has a (counted) tie with. */
  readonly degree: number;
  /** Sum of the strengths (1–3) of this actor's counted relations. */
  readonly weightedDegree: number;
  /** Brandes betweenness: shortest paths between others that run through this actor. */
  readonly betweenness: number;
  /** Betweenness divided by the number of pairs of others: (n−1)(n−2)/2 undirected, (n−1)(n−2) directed. */
  readonly betweennessNormalised: number;
  /** Closeness in steps, Wasserman–Faust corrected for unreachable actors (0 without ties). */
  readonly closeness: number;
}

/** The largest number of pairs a betweenness can count in a graph of n actors. */
export function betweennessPairs(n: number, directed: boolean): number {
  if (n <= 2) return 0;
  return directed ? (n - 1) * (n - 2) : ((n - 1) * (n - 2)) / 2;
}

/**
 * Degree, weighted degree, betweenness (raw and normalised, Brandes 2001 via graphology-metrics)
 * and closeness of every actor.
 */
export function computeCentrality(network: Network, options: AnalysisOptions): Map<string, ActorCentrality> {
  const { graph, relations } = network;
  const directed = graph.type === 'directed';
  const result = new Map<string, ActorCentrality>();
  if (graph.order === 0) return result;
  const raw = betweennessCentrality(graph, {
    normalized: false,
    getEdgeWeight: options.weighted ? 'distance' : null,
  });
  const closeness = closenessCentrality(graph, { wassermanFaust: true });
  const strengthSum = new Map<string, number>();
  for (const rel of relations) {
    strengthSum.set(rel.from, (strengthSum.get(rel.from) ?? 0) + rel.strength);
    strengthSum.set(rel.to, (strengthSum.get(rel.to) ?? 0) + rel.strength);
  }
  const pairs = betweennessPairs(graph.order, directed);
  graph.forEachNode((node) => {
    const b = raw[node] ?? 0;
    const c = closeness[node] ?? 0;
    result.set(node, {
      degree: graph.neighbors(node).length,
      weightedDegree: strengthSum.get(node) ?? 0,
      betweenness: b,
      betweennessNormalised: pairs === 0 ? 0 : b / pairs,
      closeness: Number.isFinite(c) ? c : 0,
    });
  });
  return result;
}
