/**
 * Stress majorization (SMACOF, Gansner, Koren & North 2004): places nodes so that the drawn
 * distance between every pair is close to their distance in the graph. The layout behind Graphviz
 * `neato`; here in plain TypeScript so it runs in a Web Worker, in Node and in tests alike.
 */

type Point = { x: number; y: number };

/** A graph for stress: `n` nodes 0…n-1, edges with their wanted length in model px. */
export interface StressInput {
  readonly n: number;
  readonly edges: readonly (readonly [number, number, number])[];
}

/** All-pairs shortest path lengths (Dijkstra from each node); unreachable pairs are Infinity. */
export function shortestPaths({ n, edges }: StressInput): Float64Array {
  const adjacency: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, len] of edges) {
    if (a === b) continue;
    adjacency[a]?.push([b, len]);
    adjacency[b]?.push([a, len]);
  }
  const dist = new Float64Array(n * n).fill(Infinity);
  const done = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    done.fill(0);
    const row = s * n;
    dist[row + s] = 0;
    for (let step = 0; step < n; step++) {
      let u = -1;
      let best = Infinity;
      for (let v = 0; v < n; v++) {
        const d = dist[row + v] ?? Infinity;
        if (!done[v] && d < best) {
          best = d;
          u = v;
        }
      }
      if (u < 0) break;
      done[u] = 1;
      for (const [v, len] of adjacency[u] ?? []) if (best + len < (dist[row + v] ?? Infinity)) dist[row + v] = best + len;
    }
  }
  return dist;
}

/** Target distances: shortest paths, with pairs in different parts of the map set a bit beyond the longest. */
export function targetDistances(input: StressInput, separate: number): Float64Array {
  const dist = shortestPaths(input);
  let longest = 0;
  for (const d of dist) if (Number.isFinite(d)) longest = Math.max(longest, d);
  for (let i = 0; i < dist.length; i++) if (!Number.isFinite(dist[i] ?? Infinity)) dist[i] = Math.max(separate, longest * 0.6 + separate);
  return dist;
}

/** The weighted stress of a placement: Σ w (|xi − xj| − dij)², w = dij⁻². */
export function stress(points: readonly Point[], dist: Float64Array): number {
  const n = points.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = points[i] as Point;
    for (let j = i + 1; j < n; j++) {
      const q = points[j] as Point;
      const d = dist[i * n + j] ?? 1;
      if (d <= 0) continue;
      const gap = Math.sqrt((p.x - q.x) ** 2 + (p.y - q.y) ** 2) - d;
      sum += (gap * gap) / (d * d);
    }
  }
  return sum;
}

/**
 * Improves `points` in place by localized stress majorization until the stress stops falling
 * (relative change below `tolerance`) or after `maxIterations`. Nodes in `fixed` never move.
 */
export function majorize(points: Point[], dist: Float64Array, fixed: ReadonlySet<number> = new Set(), maxIterations = 300, tolerance = 1e-4): void {
  const n = points.length;
  let previous = stress(points, dist);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    for (let i = 0; i < n; i++) {
      if (fixed.has(i)) continue;
      const p = points[i] as Point;
      let sx = 0;
      let sy = 0;
      let sw = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const d = dist[i * n + j] ?? 1;
        if (d <= 0) continue;
        const q = points[j] as Point;
        const w = 1 / (d * d);
        const dx = p.x - q.x;
        const dy = p.y - q.y;
        const len = Math.sqrt(dx * dx + dy * dy) || 1e-6;
        sx += w * (q.x + (d * dx) / len);
        sy += w * (q.y + (d * dy) / len);
        sw += w;
      }
      if (sw > 0) {
        p.x = sx / sw;
        p.y = sy / sw;
      }
    }
    if (iteration % 10 === 9) {
      const now = stress(points, dist);
      if (previous - now < tolerance * previous) break;
      previous = now;
    }
  }
}
