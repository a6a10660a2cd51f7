import { rectsOverlap, type Rect } from './label-box';
import { RectIndex } from './rect-index';

type Point = { readonly x: number; readonly y: number };

/** A relation as the counters see it. */
export interface Segment {
  readonly source: string;
  readonly target: string;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Whether two straight segments cross in their interiors (sharing an end does not count). */
export function segmentsCross(a1: Point, a2: Point, b1: Point, b2: Point): boolean {
  const d1 = cross(b1, b2, a1);
  const d2 = cross(b1, b2, a2);
  const d3 = cross(a1, a2, b1);
  const d4 = cross(a1, a2, b2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/**
 * The number of pairs of relations whose straight lines cross. Relations that share an actor, loops
 * and relations to actors without a position are not counted (as Graphviz and the literature do).
 */
export function countCrossings(edges: readonly Segment[], positions: ReadonlyMap<string, Point>): number {
  const lines: { s: string; t: string; a: Point; b: Point; minX: number; maxX: number }[] = [];
  const seen = new Set<string>();
  for (const e of edges) {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    const key = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
    if (!a || !b || e.source === e.target || seen.has(key)) continue;
    seen.add(key);
    lines.push({ s: e.source, t: e.target, a, b, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x) });
  }
  lines.sort((p, q) => p.minX - q.minX);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const p = lines[i];
    if (!p) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const q = lines[j];
      if (!q || q.minX > p.maxX) break;
      if (q.s === p.s || q.s === p.t || q.t === p.s || q.t === p.t) continue;
      if (segmentsCross(p.a, p.b, q.a, q.b)) count += 1;
    }
  }
  return count;
}

/** Label boxes and node boxes of a drawing, by actor id. */
export interface DrawnBoxes {
  readonly labels: ReadonlyMap<string, Rect>;
  readonly nodes: ReadonlyMap<string, Rect>;
}

/** How many labels touch another label, and how many labels lie over another actor's node. */
export interface LabelOverlaps {
  readonly labelLabel: number;
  readonly labelNode: number;
}

/** Counts label/label pairs that overlap and label/node pairs (of different actors) that overlap. */
export function countLabelOverlaps({ labels, nodes }: DrawnBoxes): LabelOverlaps {
  const all = [...labels.values()];
  const cell = Math.max(24, ...all.map((r) => Math.max(r.w, r.h)).slice(0, 200));
  const labelIndex = new RectIndex<string>(cell);
  for (const [id, rect] of labels) labelIndex.add(rect, id);
  let labelLabel = 0;
  let labelNode = 0;
  for (const [id, rect] of labels) {
    for (const other of labelIndex.overlapping(rect, (a, b) => rectsOverlap(a, b))) if (other > id) labelLabel += 1;
  }
  const nodeIndex = new RectIndex<string>(cell);
  for (const [id, rect] of nodes) nodeIndex.add(rect, id);
  for (const [id, rect] of labels) {
    for (const other of nodeIndex.overlapping(rect, (a, b) => rectsOverlap(a, b))) if (other !== id) labelNode += 1;
  }
  return { labelLabel, labelNode };
}
