import { connectedComponents } from 'graphology-components';
import { density } from 'graphology-metrics/graph/density.js';
import type Graph from 'graphology';
import type { Network, TieAttributes } from './network-graph';

/** Groups of actors tied to each other but not to the rest, biggest first (ties read both ways). */
export function componentsOf(undirected: Graph<Record<string, never>, TieAttributes>): string[][] {
  return connectedComponents(undirected)
    .map((c) => [...c].sort())
    .sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** Share of possible ties that exist (simple graph: directed m/(n(n−1)), undirected 2m/(n(n−1))). */
export function densityOf(network: Network): number {
  return network.graph.order < 2 ? 0 : density(network.graph);
}
