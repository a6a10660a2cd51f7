import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { LayoutInput, LayoutPositions } from './layout-input';
import { seededRandom } from '../../../../shared/seeded-random';

/** Nearest-neighbour distance (px) that 80 % of actors get before the overlap pass. */
export const NEIGHBOUR_DISTANCE = 60;
const TARGET_EDGE_LENGTH = 140;
/** Extra room kept between two actors after the overlap pass, in px. */
export const NODE_MARGIN = 30;

/** How the layout reports and can be stopped; both are checked between chunks of iterations. */
export interface Fa2Hooks {
  /** Progress from 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /** Returns true to stop; the layout then returns null. */
  readonly shouldStop?: () => boolean;
  /** The clock (ms), for the time budget; defaults to `performance.now`. */
  readonly now?: () => number;
}

/** Iterations of ForceAtlas2 for a map of this many actors: fewer for huge maps (time bound). */
export function iterationsFor(order: number): number {
  if (order <= 3_000) return 200;
  if (order <= 8_000) return 150;
  return 80;
}

/** Longest time the force phase may take (ms); after it the layout settles with what it has. */
export const FORCE_BUDGET_MS = 7_000;

const CHUNK = 25;

/** What the layout keeps per actor and per relation. */
interface NodeAttr {
  x: number;
  y: number;
  size: number;
}
interface EdgeAttr {
  weight: number;
}
type LayoutGraph = Graph<NodeAttr, EdgeAttr>;

function buildGraph(input: LayoutInput): LayoutGraph {
  const graph = new Graph<NodeAttr, EdgeAttr>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const random = seededRandom(input.nodes.length * 7919 + input.edges.length);
  const spread = Math.sqrt(input.nodes.length) * TARGET_EDGE_LENGTH;
  for (const node of input.nodes) {
    // A little jitter: actors stacked on one spot (an import without positions) must separate.
    graph.addNode(node.id, {
      x: node.x + (random() - 0.5) * spread * 0.01,
      y: node.y + (random() - 0.5) * spread * 0.01,
      size: node.size / 2,
    });
  }
  for (const edge of input.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  }
  return graph;
}

/** Distance from each node to its nearest neighbour (capped at `cap`), ascending; grid-bucketed. */
function nearestNeighbourDistances(points: readonly { x: number; y: number }[], cap: number): number[] {
  const cell = Math.max(cap, 1e-9);
  const grid = new Map<string, number[]>();
  const key = (cx: number, cy: number): string => `${cx},${cy}`;
  points.forEach((p, i) => {
    const k = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
    const bucket = grid.get(k);
    if (bucket) bucket.push(i);
    else grid.set(k, [i]);
  });
  const result = points.map((p, i) => {
    let best = cap;
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(key(cx + dx, cy + dy)) ?? []) {
          const q = points[j];
          if (j !== i && q) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
        }
      }
    }
    return best;
  });
  return result.sort((a, b) => a - b);
}

/**
 * Scales all positions so that 80 % of actors have their nearest neighbour at least
 * NEIGHBOUR_DISTANCE px away (ForceAtlas2 packs clusters tightly; scaling by edge length alone
 * would leave them overlapping). The few that remain too close are separated by noverlap.
 */
function scaleToSpacing(graph: LayoutGraph): void {
  const points = graph.mapNodes((_id, attr) => ({ x: attr.x, y: attr.y }));
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    lengths.push(Math.hypot(sa.x - ta.x, sa.y - ta.y));
  });
  lengths.sort((a, b) => a - b);
  const medianEdge = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const near = nearestNeighbourDistances(points, medianEdge > 0 ? medianEdge / 2 : 100);
  const reference = near[Math.floor(near.length * 0.2)] ?? 0;
  if (!(reference > 0)) return;
  const factor = NEIGHBOUR_DISTANCE / reference;
  graph.updateEachNodeAttributes((_n, attr) => ({ ...attr, x: attr.x * factor, y: attr.y * factor }));
}

/**
 * The layout as steps: each `next()` runs one chunk of ForceAtlas2 iterations and yields the
 * progress (0–1); the return value is the rounded positions. Lets a caller pause between chunks.
 */
export function* fa2LayoutSteps(input: LayoutInput, now: () => number = () => performance.now()): Generator<number, LayoutPositions, void> {
  const graph = buildGraph(input);
  if (graph.order === 0) return new Map();
  const settings = { ...forceAtlas2.inferSettings(graph.order), barnesHutOptimize: graph.order > 200 };
  const total = iterationsFor(graph.order);
  const started = now();
  for (let done = 0; done < total && now() - started < FORCE_BUDGET_MS; done += CHUNK) {
    forceAtlas2.assign(graph, { iterations: Math.min(CHUNK, total - done), settings, getEdgeWeight: 'weight' });
    yield Math.min(0.9, ((done + CHUNK) / total) * 0.9);
  }
  scaleToSpacing(graph);
  noverlap.assign(graph, {
    maxIterations: 100,
    settings: { margin: NODE_MARGIN / 2, ratio: 1, speed: 3, gridSize: Math.max(20, Math.ceil(Math.sqrt(graph.order))) },
  });
  yield 1;
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attr) => {
    positions.set(id, { x: Math.round(attr.x * 10) / 10, y: Math.round(attr.y * 10) / 10 });
  });
  return positions;
}

/**
 * Lays out a large map with ForceAtlas2 (Barnes–Hut), scales it so actors keep their distance and
 * removes the remaining overlaps (noverlap). Pure and synchronous: runs in a Web Worker in the app
 * and in Node in the benchmark. Returns the rounded positions, or null when stopped.
 */
export function fa2Layout(input: LayoutInput, hooks: Fa2Hooks = {}): LayoutPositions | null {
  const steps = fa2LayoutSteps(input, hooks.now);
  for (;;) {
    if (hooks.shouldStop?.()) return null;
    const step = steps.next();
    if (step.done) return step.value;
    hooks.onProgress?.(step.value);
  }
}
