import type { Position } from '../domain/map-document';
import { maxOf, minOf } from '../big-arrays';
import { seededRandom } from '../seeded-random';
import { LABEL_GAP, labelSize, wrapLabel } from './label-box';
import { countCrossings, type Segment } from './readability';
import { removeOverlaps, type Box } from './remove-overlaps';
import { majorize, targetDistances } from './stress';

/** One actor for the network layout: its node size, its name (for the label box) and where it is. */
export interface NetworkActor {
  readonly id: string;
  readonly name: string;
  /** Node width/height in model px. */
  readonly size: number;
  readonly position: Position | null;
}

/** What the network layout lays out. */
export interface NetworkLayoutInput {
  readonly actors: readonly NetworkActor[];
  readonly relations: readonly Segment[];
  /** Sets of actors kept close together (members of one group). */
  readonly groups?: readonly (readonly string[])[];
  /** Actors that stay exactly where they are ("keep my positions"); the rest is placed around them. */
  readonly fixed?: ReadonlySet<string>;
  /** How many random starts to try (the one with the fewest crossings wins); by map size when absent. */
  readonly starts?: number;
  readonly seed?: number;
}

/** Space between the boxes (node and label) of neighbouring actors, in model px. */
export const BOX_MARGIN = 10;

/** The box an actor and its label (below it) take together. */
export function actorBox(actor: Pick<NetworkActor, 'name' | 'size'>, x = 0, y = 0, fixed = false): Box {
  const label = labelSize(wrapLabel(actor.name));
  const below = label.h > 0 ? LABEL_GAP + label.h : 0;
  return { x, y, w: Math.max(actor.size, label.w), h: actor.size + below, dy: below / 2, fixed };
}

function startsFor(n: number): number {
  if (n <= 60) return 12;
  if (n <= 160) return 4;
  return 2;
}

/** Turns the points about their middle so the longest spread lies horizontally (screens are wide). */
function alignWide(points: { x: number; y: number }[]): void {
  const n = points.length;
  if (n < 2) return;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  for (const p of points) {
    const dx = p.x - mx;
    const dy = p.y - my;
    p.x = mx + dx * cos - dy * sin;
    p.y = my + dx * sin + dy * cos;
  }
}

/** Width over height the layout aims for: the free part of a laptop's map view. */
export const TARGET_ASPECT = 1.4;
/** How far apart neighbours are drawn, in average box sizes (tuned on Lindenhof with the readability bench). */
const UNIT_SCALE = 1.2;

/** The size a layout needs on screen: the area of the box of the given aspect that holds it. */
function area(boxes: readonly Box[]): number {
  const { w, h } = spread(boxes);
  return Math.max(w, h * TARGET_ASPECT) * Math.max(h, w / TARGET_ASPECT);
}

/**
 * The "Netwerk" layout: stress majorization with each relation's wanted length taken from the label
 * boxes of its two actors (so the map is as compact as its names allow), tried from several seeded
 * starts; each result is turned wide and its node+label boxes pushed apart, and the one with the
 * fewest crossing relations (then the smallest area) wins. Pure and deterministic per seed.
 */
export function networkLayout(input: NetworkLayoutInput): Map<string, Position> {
  const { actors, relations } = input;
  const n = actors.length;
  if (n === 0) return new Map();
  const fixed = input.fixed ?? new Set<string>();
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const shapes = actors.map((a) => actorBox(a));
  const edges: [number, number, number][] = [];
  const reach = (i: number, j: number): number => {
    const a = shapes[i] as Box;
    const b = shapes[j] as Box;
    return ((a.w + b.w) / 2 + (a.h + b.h) / 2) / 2 + BOX_MARGIN;
  };
  for (const r of relations) {
    const i = index.get(r.source);
    const j = index.get(r.target);
    if (i !== undefined && j !== undefined && i !== j) edges.push([i, j, reach(i, j)]);
  }
  for (const group of input.groups ?? []) {
    const members = group.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) edges.push([members[a] as number, members[b] as number, reach(members[a] as number, members[b] as number) * 1.2]);
  }
  const unit = { w: mean(shapes.map((b) => b.w)) + BOX_MARGIN, h: mean(shapes.map((b) => b.h)) + BOX_MARGIN };
  const fixedIndex = new Set(actors.flatMap((a, i) => (fixed.has(a.id) && a.position ? [i] : [])));
  // Free layouts run in box units (a relation between two average actors is about 1 long) and are
  // stretched afterwards, wider than tall as the boxes are; around fixed actors they run in px.
  if (fixedIndex.size === 0) for (const e of edges) e[2] = (e[2] / (unit.w + unit.h)) * 2;
  const typical = edges.length > 0 ? edges.reduce((s, e) => s + e[2], 0) / edges.length : reach(0, 0);
  const dist = targetDistances({ n, edges }, typical * 1.5);
  const anchor = centreOf(actors);
  const side = Math.sqrt(n) * typical;
  let best: { boxes: Box[]; crossings: number; area: number } | null = null;
  const tries = fixedIndex.size > 0 ? 1 : (input.starts ?? startsFor(n));
  for (let t = 0; t < tries; t++) {
    const random = seededRandom((input.seed ?? 1) * 7919 + t);
    const points = actors.map((a, i) =>
      fixedIndex.has(i) && a.position ? { ...a.position } : { x: anchor.x + (random() - 0.5) * side, y: anchor.y + (random() - 0.5) * side },
    );
    majorize(points, dist, fixedIndex);
    if (fixedIndex.size === 0) {
      alignWide(points);
      // Stress ran in box units: one unit across is a box width, one unit down a box height.
      for (const p of points) {
        p.x = anchor.x + (p.x - anchor.x) * unit.w * UNIT_SCALE;
        p.y = anchor.y + (p.y - anchor.y) * unit.h * UNIT_SCALE;
      }
    }
    const boxes = points.map((p, i) => ({ ...(shapes[i] as Box), x: p.x, y: p.y, fixed: fixedIndex.has(i) }));
    removeOverlaps(boxes, BOX_MARGIN, 150);
    if (fixedIndex.size === 0) compact(boxes);
    const positions = new Map(actors.map((a, i) => [a.id, boxes[i] as Box]));
    const crossings = countCrossings(relations, positions);
    const size = area(boxes);
    if (!best || crossings < best.crossings || (crossings === best.crossings && size < best.area)) best = { boxes, crossings, area: size };
  }
  const chosen = best?.boxes ?? [];
  const shift = fixedIndex.size > 0 ? { x: 0, y: 0 } : offsetTo(chosen, anchor);
  return new Map(actors.map((a, i) => [a.id, { x: round((chosen[i]?.x ?? 0) + shift.x), y: round((chosen[i]?.y ?? 0) + shift.y) }]));
}

/**
 * Pulls the layout together: shrinks it towards its middle a step at a time (more across when it is
 * wider than the screen, more downwards when taller) and pushes overlapping boxes apart again, while
 * that makes it smaller. Keeps the smallest overlap-free version.
 */
function compact(boxes: Box[]): void {
  let bestArea = area(boxes);
  let kept = boxes.map((b) => ({ x: b.x, y: b.y }));
  for (let step = 0; step < 12; step++) {
    const mx = mean(boxes.map((b) => b.x));
    const my = mean(boxes.map((b) => b.y));
    const { w, h } = spread(boxes);
    const wide = w / h > TARGET_ASPECT;
    for (const b of boxes) {
      b.x = mx + (b.x - mx) * (wide ? 0.85 : 0.92);
      b.y = my + (b.y - my) * (wide ? 0.92 : 0.85);
    }
    // A step too far does not come apart quickly: stop there and keep the last good one.
    if (removeOverlaps(boxes, BOX_MARGIN, 80) > 0) break;
    const now = area(boxes);
    if (now >= bestArea * 0.995) break;
    bestArea = now;
    kept = boxes.map((b) => ({ x: b.x, y: b.y }));
  }
  boxes.forEach((b, i) => {
    b.x = kept[i]?.x ?? b.x;
    b.y = kept[i]?.y ?? b.y;
  });
}

function spread(boxes: readonly Box[]): { w: number; h: number } {
  const xs = boxes.flatMap((b) => [b.x - b.w / 2, b.x + b.w / 2]);
  const ys = boxes.flatMap((b) => [b.y + b.dy - b.h / 2, b.y + b.dy + b.h / 2]);
  return { w: Math.max(1, maxOf(xs) - minOf(xs)), h: Math.max(1, maxOf(ys) - minOf(ys)) };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

function centreOf(actors: readonly NetworkActor[]): Position {
  const placed = actors.flatMap((a) => (a.position ? [a.position] : []));
  if (placed.length === 0) return { x: 0, y: 0 };
  return { x: placed.reduce((s, p) => s + p.x, 0) / placed.length, y: placed.reduce((s, p) => s + p.y, 0) / placed.length };
}

function offsetTo(boxes: readonly Box[], centre: Position): Position {
  if (boxes.length === 0) return { x: 0, y: 0 };
  const mx = boxes.reduce((s, b) => s + b.x, 0) / boxes.length;
  const my = boxes.reduce((s, b) => s + b.y, 0) / boxes.length;
  return { x: centre.x - mx, y: centre.y - my };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
