import type { Network } from './network-graph';
import type { AnalysisOptions } from './options';
import { sweepShortestPaths, type PathSweep } from './shortest-paths';

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

/** Centrality of every actor plus what the same path search gives about the whole map. */
export interface CentralityResult {
  readonly byActor: Map<string, ActorCentrality>;
  /** Mean steps on a shortest path over pairs that reach each other; null when none do. */
  readonly averagePathLength: number | null;
  /** Null when exact; for big maps the sample it was estimated from (see {@link PathSweep}). */
  readonly estimate: PathSweep['estimate'];
}

/** The largest number of pairs a betweenness can count in a graph of n actors. */
export function betweennessPairs(n: number, directed: boolean): number {
  if (n <= 2) return 0;
  return directed ? (n - 1) * (n - 2) : ((n - 1) * (n - 2)) / 2;
}

/**
 * Degree, weighted degree, betweenness (raw and normalised, Brandes 2001) and closeness of every
 * actor, from one shortest-path search per actor over typed arrays (`shortest-paths.ts`).
 */
export function computeCentrality(network: Network, options: AnalysisOptions, onProgress?: (fraction: number) => void): CentralityResult {
  const { graph, relations } = network;
  const directed = graph.type === 'directed';
  const byActor = new Map<string, ActorCentrality>();
  if (graph.order === 0) return { byActor, averagePathLength: null, estimate: null };
  const sweep = sweepShortestPaths(network, { weighted: options.weighted, ...(onProgress ? { onProgress } : {}) });
  const strengthSum = new Map<string, number>();
  for (const rel of relations) {
    strengthSum.set(rel.from, (strengthSum.get(rel.from) ?? 0) + rel.strength);
    strengthSum.set(rel.to, (strengthSum.get(rel.to) ?? 0) + rel.strength);
  }
  const pairs = betweennessPairs(graph.order, directed);
  sweep.ids.forEach((node, i) => {
    const b = sweep.betweenness[i] ?? 0;
    byActor.set(node, {
      degree: graph.neighbors(node).length,
      weightedDegree: strengthSum.get(node) ?? 0,
      betweenness: b,
      betweennessNormalised: pairs === 0 ? 0 : b / pairs,
      closeness: sweep.closeness[i] ?? 0,
    });
  });
  return { byActor, averagePathLength: sweep.averagePathLength, estimate: sweep.estimate };
}
