import type { LayoutEdge, LayoutNode } from './layout-input';

/** How readable a layout is, independent of how it was made. */
export interface LayoutQuality {
  /** Pairs of actors whose shapes (circles of their drawn size) overlap: 0 is best. */
  readonly overlaps: number;
  /**
   * Spread of relation lengths: standard deviation divided by the mean (scale-free). Low means
   * ties are drawn about equally long; a hairball or a few far-flung actors make it high.
   */
  readonly edgeLengthSpread: number;
  /** Median relation length in px. */
  readonly medianEdgeLength: number;
}

type Point = { readonly x: number; readonly y: number };

/**
 * The quality of `positions` for these actors and relations: overlap count (grid-bucketed, so fast
 * for 20 000 actors) and edge-length spread. Actors without a position are left out.
 */
export function layoutQuality(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  positions: ReadonlyMap<string, Point>,
): LayoutQuality {
  return { overlaps: countOverlaps(nodes, positions), ...edgeLengths(edges, positions) };
}

/** The number of pairs of actors whose circles (diameter = drawn size) overlap. */
export function countOverlaps(nodes: readonly LayoutNode[], positions: ReadonlyMap<string, Point>): number {
  const placed: { x: number; y: number; r: number }[] = [];
  let maxR = 0;
  for (const node of nodes) {
    const p = positions.get(node.id);
    if (!p) continue;
    const r = node.size / 2;
    maxR = Math.max(maxR, r);
    placed.push({ x: p.x, y: p.y, r });
  }
  if (placed.length < 2) return 0;
  const cell = Math.max(1, 2 * maxR);
  const grid = new Map<string, number[]>();
  const key = (cx: number, cy: number): string => `${cx},${cy}`;
  placed.forEach((p, i) => {
    const k = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
    const bucket = grid.get(k);
    if (bucket) bucket.push(i);
    else grid.set(k, [i]);
  });
  let count = 0;
  placed.forEach((p, i) => {
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(key(cx + dx, cy + dy)) ?? []) {
          if (j <= i) continue;
          const q = placed[j];
          if (q && (p.x - q.x) ** 2 + (p.y - q.y) ** 2 < (p.r + q.r) ** 2) count += 1;
        }
      }
    }
  });
  return count;
}

function edgeLengths(
  edges: readonly LayoutEdge[],
  positions: ReadonlyMap<string, Point>,
): { edgeLengthSpread: number; medianEdgeLength: number } {
  const lengths: number[] = [];
  for (const edge of edges) {
    const a = positions.get(edge.source);
    const b = positions.get(edge.target);
    if (a && b && edge.source !== edge.target) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  }
  if (lengths.length === 0) return { edgeLengthSpread: 0, medianEdgeLength: 0 };
  const mean = lengths.reduce((s, l) => s + l, 0) / lengths.length;
  const variance = lengths.reduce((s, l) => s + (l - mean) ** 2, 0) / lengths.length;
  lengths.sort((x, y) => x - y);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return { edgeLengthSpread: mean > 0 ? round(Math.sqrt(variance) / mean, 3) : 0, medianEdgeLength: round(median, 1) };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
