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

/**
 * Mean number of steps on a shortest path, over all ordered pairs that can reach each other
 * (pairs in different islands are left out, as in Gephi and networkx per component). Null without
 * any pair. One breadth-first search per actor over integer indices (follows arcs when directed).
 */
export function averagePathLength(network: Network): number | null {
  const { graph } = network;
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const adjacency: number[][] = ids.map(() => []);
  graph.forEachEdge((_edge, _attr, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    adjacency[s]!.push(t);
    if (graph.type === 'undirected') adjacency[t]!.push(s);
  });
  const n = ids.length;
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  let total = 0;
  let pairs = 0;
  for (let source = 0; source < n; source++) {
    distance.fill(-1);
    distance[source] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    while (head < tail) {
      const v = queue[head++]!;
      for (const w of adjacency[v]!) {
        if (distance[w] !== -1) continue;
        distance[w] = distance[v]! + 1;
        total += distance[w]!;
        pairs += 1;
        queue[tail++] = w;
      }
    }
  }
  return pairs === 0 ? null : total / pairs;
}
