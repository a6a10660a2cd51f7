import type { Network } from './network-graph';
import { seededRandom } from '../seeded-random';

/** Above this many actors betweenness and closeness are estimated from a sample of start actors. */
export const EXACT_PATHS_MAX_ACTORS = 8_000;

/** How many start actors the estimate uses on maps above {@link EXACT_PATHS_MAX_ACTORS}. */
export const SAMPLED_SOURCES = 2_000;

/** Everything one shortest-path search from every actor (or from a sample) yields, per node index. */
export interface PathSweep {
  /** Node ids in index order (the graph's own order). */
  readonly ids: readonly string[];
  /** Raw Brandes betweenness (undirected: each pair counted once). */
  readonly betweenness: Float64Array;
  /** Closeness in steps, Wasserman–Faust corrected (0 for an actor nobody reaches). */
  readonly closeness: Float64Array;
  /** Mean steps over ordered pairs that reach each other; null when none do. */
  readonly averagePathLength: number | null;
  /** Null when exact; otherwise the sample size and the largest standard error it leaves on a normalised betweenness among the 10 highest. */
  readonly estimate: { readonly sources: number; readonly of: number; readonly topStandardError: number } | null;
}

/** Options of {@link sweepShortestPaths}. */
export interface SweepOptions {
  /** Weighted betweenness: paths by `distance` (1/strength) instead of steps. Closeness stays in steps. */
  readonly weighted: boolean;
  /** Called now and then with the share of start actors done (0–1). */
  readonly onProgress?: (fraction: number) => void;
  /** Overrides {@link EXACT_PATHS_MAX_ACTORS} (tests). */
  readonly exactMaxActors?: number;
  /** Overrides {@link SAMPLED_SOURCES} (tests). */
  readonly sampledSources?: number;
}

/** Compressed adjacency: the neighbours of node i are `targets[starts[i]..starts[i+1])`. */
interface Adjacency {
  readonly starts: Int32Array;
  readonly targets: Int32Array;
  readonly distances: Float64Array;
}

function adjacency(network: Network, index: Map<string, number>, inbound: boolean): Adjacency {
  const { graph } = network;
  const n = graph.order;
  const undirected = graph.type === 'undirected';
  const counts = new Int32Array(n + 1);
  const arcs: [number, number, number][] = [];
  graph.forEachEdge((_edge, attr, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (undirected) arcs.push([s, t, attr.distance], [t, s, attr.distance]);
    else arcs.push(inbound ? [t, s, attr.distance] : [s, t, attr.distance]);
  });
  for (const [from] of arcs) counts[from + 1]! += 1;
  for (let i = 0; i < n; i++) counts[i + 1]! += counts[i]!;
  const fill = counts.slice(0, n);
  const targets = new Int32Array(arcs.length);
  const distances = new Float64Array(arcs.length);
  for (const [from, to, distance] of arcs) {
    const at = fill[from]!++;
    targets[at] = to;
    distances[at] = distance;
  }
  return { starts: counts, targets, distances };
}

/** A binary min-heap of node indices keyed by a distance array (Dijkstra). */
class DistanceHeap {
  private readonly items: Int32Array;
  private size = 0;
  constructor(capacity: number, private readonly key: Float64Array) {
    this.items = new Int32Array(capacity);
  }
  get empty(): boolean {
    return this.size === 0;
  }
  clear(): void {
    this.size = 0;
  }
  push(node: number): void {
    const { items, key } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (key[items[parent]!]! <= key[node]!) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = node;
  }
  pop(): number {
    const { items, key } = this;
    const top = items[0]!;
    const last = items[--this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && key[items[child + 1]!]! < key[items[child]!]!) child += 1;
      if (key[items[child]!]! >= key[last]!) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/** The start actors: all of them, or a seeded sample without repeats. */
function chooseSources(n: number, exactMax: number, sampleSize: number): Int32Array {
  if (n <= exactMax || sampleSize >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(n);
  for (let i = 0; i < sampleSize; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = all[i]!;
    all[i] = all[j]!;
    all[j] = swap;
  }
  return all.slice(0, sampleSize).sort();
}

/**
 * Brandes betweenness (2001), Wasserman–Faust closeness and the average path length from one
 * search per start actor over typed arrays: breadth-first in steps, Dijkstra by distance when
 * weighted. Above {@link EXACT_PATHS_MAX_ACTORS} a seeded sample of start actors is used and the
 * sums are scaled up (Brandes & Pich 2007), with the standard error it leaves.
 */
export function sweepShortestPaths(network: Network, options: SweepOptions): PathSweep {
  const { graph } = network;
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const out = adjacency(network, index, false);
  const into = graph.type === 'undirected' ? out : adjacency(network, index, true);
  const sources = chooseSources(n, options.exactMaxActors ?? EXACT_PATHS_MAX_ACTORS, options.sampledSources ?? SAMPLED_SOURCES);
  const sampled = sources.length < n;
  const scale = n / Math.max(1, sources.length);

  const betweenness = new Float64Array(n);
  const squares = sampled ? new Float64Array(n) : null;
  const reachCount = new Float64Array(n);
  const reachTotal = new Float64Array(n);
  let pathTotal = 0;
  let pathPairs = 0;

  const steps = new Int32Array(n);
  const queue = new Int32Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const weightedDistance = new Float64Array(n);
  const order = new Int32Array(n);
  const settled = new Uint8Array(n);
  const heap = new DistanceHeap(Math.max(1, out.targets.length + n), weightedDistance);
  const progressEvery = Math.max(1, Math.floor(sources.length / 50));

  for (let k = 0; k < sources.length; k++) {
    const s = sources[k]!;
    // Steps from s: closeness and average path length (and unweighted betweenness).
    steps.fill(-1);
    sigma.fill(0);
    steps[s] = 0;
    sigma[s] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      const next = steps[v]! + 1;
      for (let e = out.starts[v]!; e < out.starts[v + 1]!; e++) {
        const w = out.targets[e]!;
        if (steps[w] === -1) {
          steps[w] = next;
          queue[tail++] = w;
          reachCount[w]! += 1;
          reachTotal[w]! += next;
          pathTotal += next;
          pathPairs += 1;
        }
        if (steps[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    let reached = tail;
    if (options.weighted) {
      reached = dijkstra(s, out, weightedDistance, sigma, order, settled, heap);
    } else {
      order.set(queue.subarray(0, tail));
    }
    // Dependencies, in order of decreasing distance.
    delta.fill(0);
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let e = into.starts[w]!; e < into.starts[w + 1]!; e++) {
        const v = into.targets[e]!;
        const onPath = options.weighted
          ? settled[v] === 1 && weightedDistance[v]! + into.distances[e]! === weightedDistance[w]!
          : steps[v] === steps[w]! - 1;
        if (onPath) delta[v]! += sigma[v]! * share;
      }
      betweenness[w]! += delta[w]!;
      if (squares) squares[w]! += delta[w]! * delta[w]!;
    }
    if (options.onProgress && (k + 1) % progressEvery === 0) options.onProgress((k + 1) / sources.length);
  }

  const halve = graph.type === 'undirected' ? 0.5 : 1;
  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    betweenness[v] = betweenness[v]! * halve * scale;
    const count = reachCount[v]! * scale;
    const total = reachTotal[v]! * scale;
    closeness[v] = total > 0 && n > 1 ? (count / total) * (count / (n - 1)) : 0;
  }
  return {
    ids,
    betweenness,
    closeness,
    averagePathLength: pathPairs === 0 ? null : pathTotal / pathPairs,
    estimate: squares ? { sources: sources.length, of: n, topStandardError: topStandardError(betweenness, squares, sources.length, halve * scale, n, graph.type !== 'undirected') } : null,
  };
}

/** Dijkstra from s by distance: fills distances, path counts and the settling order; returns how many were settled. */
function dijkstra(s: number, out: Adjacency, distance: Float64Array, sigma: Float64Array, order: Int32Array, settled: Uint8Array, heap: DistanceHeap): number {
  distance.fill(Infinity);
  sigma.fill(0);
  settled.fill(0);
  heap.clear();
  distance[s] = 0;
  sigma[s] = 1;
  heap.push(s);
  let count = 0;
  while (!heap.empty) {
    const v = heap.pop();
    if (settled[v] === 1) continue;
    settled[v] = 1;
    order[count++] = v;
    for (let e = out.starts[v]!; e < out.starts[v + 1]!; e++) {
      const w = out.targets[e]!;
      if (settled[w] === 1) continue;
      const through = distance[v]! + out.distances[e]!;
      if (through < distance[w]!) {
        distance[w] = through;
        sigma[w] = sigma[v]!;
        heap.push(w);
      } else if (through === distance[w]!) {
        sigma[w]! += sigma[v]!;
      }
    }
  }
  return count;
}

/** Standard error of the normalised betweenness of the ten highest actors, from the spread of the sampled dependencies. */
function topStandardError(estimate: Float64Array, squares: Float64Array, k: number, factor: number, n: number, directed: boolean): number {
  const pairs = n <= 2 ? 1 : directed ? (n - 1) * (n - 2) : ((n - 1) * (n - 2)) / 2;
  const top = Array.from(estimate.keys())
    .sort((a, b) => estimate[b]! - estimate[a]!)
    .slice(0, 10);
  let worst = 0;
  for (const v of top) {
    // estimate = factor·Σδ_s over k samples, so its standard error is factor·√(k·Var(δ)).
    const mean = estimate[v]! / factor / k;
    const variance = Math.max(0, squares[v]! / k - mean * mean);
    const standardError = (factor * Math.sqrt(k * variance)) / pairs;
    worst = Math.max(worst, standardError);
  }
  return worst;
}
