import type { Position } from '../../../shared/domain/map-document';
import { maxOf } from '../../../shared/big-arrays';
import { actorBox, BOX_MARGIN, TARGET_ASPECT } from '../../../shared/layout/network-layout';
import { removeOverlaps, type Box } from '../../../shared/layout/remove-overlaps';

/** What an arrangement needs to know of an actor. */
export interface LayoutActor {
  readonly id: string;
  readonly kind: 'formeel' | 'informeel';
  readonly influence: number;
  readonly category: string;
  readonly area: string;
  /** The name (its label box sets the spacing); absent: a node without a label. */
  readonly name?: string;
  /** Node size in model px (40 when absent). */
  readonly size?: number;
}

/** Room a group box needs around its members (padding and its own label), in model px. */
export const GROUP_PADDING = 44;

function boxOf(a: LayoutActor, x = 0, y = 0): Box {
  return actorBox({ name: a.name ?? '', size: a.size ?? 40 }, x, y);
}

/** The node positions of boxes (a box centre sits `dy` below its node). */
function positionsOf(actors: readonly LayoutActor[], boxes: readonly Box[]): Map<string, Position> {
  return new Map(actors.map((a, i) => [a.id, { x: round(boxes[i]?.x ?? 0), y: round(boxes[i]?.y ?? 0) }]));
}

/**
 * Rings around a centre: actors with the highest `rank` in the middle, lower ranks further out.
 * Each ring is just long enough for its actors' label boxes, alternate actors a little further out
 * so neighbours' labels pass each other; what still touches is pushed apart. Pure and deterministic.
 */
export function rings(actors: readonly LayoutActor[], rank: (a: LayoutActor) => number, centre: Position): Map<string, Position> {
  const levels = [...new Set(actors.map(rank))].sort((a, b) => b - a);
  const order: LayoutActor[] = [];
  const boxes: Box[] = [];
  let outer = 0;
  levels.forEach((level, i) => {
    const members = actors.filter((a) => rank(a) === level);
    const own = members.map((a) => boxOf(a));
    const stagger = members.length > 6 ? maxOf(own.map((b) => b.h)) * 0.6 : 0;
    // Perimeter: each box takes about its mean side; staggered rings share it between two radii.
    const perimeter = own.reduce((s, b) => s + (b.w + b.h) / 2 + BOX_MARGIN, 0) * (stagger > 0 ? 0.6 : 1);
    const ringGap = maxOf(own.map((b) => b.h)) + BOX_MARGIN;
    const radius = i === 0 && members.length === 1 ? 0 : Math.max(i === 0 ? 0 : outer + ringGap, perimeter / (2 * Math.PI));
    members.forEach((a, j) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * j) / members.length;
      const r = radius + (j % 2 === 1 ? stagger : 0);
      order.push(a);
      boxes.push({ ...(own[j] as Box), x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
    });
    outer = radius + stagger;
  });
  removeOverlaps(boxes, BOX_MARGIN);
  return positionsOf(order, boxes);
}

/** Rings for "formal outside, informal inside". */
export const byKind = (a: LayoutActor): number => (a.kind === 'informeel' ? 1 : 0);
/** Rings for "most influence in the middle". */
export const byInfluence = (a: LayoutActor): number => a.influence;

interface Block {
  readonly key: string;
  readonly members: readonly LayoutActor[];
  readonly cols: number;
  readonly cell: { readonly w: number; readonly h: number };
  readonly w: number;
  readonly h: number;
}

function blockOf(key: string, members: readonly LayoutActor[]): Block {
  const own = members.map((a) => boxOf(a));
  const cell = { w: maxOf(own.map((b) => b.w)) + BOX_MARGIN, h: maxOf(own.map((b) => b.h)) + BOX_MARGIN };
  // Columns so the block is about as wide as the screen is (cells are wider than tall).
  const cols = Math.max(1, Math.min(members.length, Math.round(Math.sqrt((members.length * cell.h * TARGET_ASPECT) / cell.w))));
  const rows = Math.ceil(members.length / cols);
  return { key, members, cols, cell, w: cols * cell.w + GROUP_PADDING, h: rows * cell.h + GROUP_PADDING };
}

/**
 * Clusters: one block per group (category or buurt), each as small as its members' label boxes
 * allow with room for a group box around it, biggest first, packed in rows about as wide as the
 * screen and centred on `centre`. Blocks never overlap. Returns the positions and each block's middle.
 */
export function clusters(
  actors: readonly LayoutActor[],
  key: (a: LayoutActor) => string,
  centre: Position,
): { positions: Map<string, Position>; blocks: { key: string; centre: Position }[] } {
  const groups = new Map<string, LayoutActor[]>();
  for (const a of actors) groups.set(key(a), [...(groups.get(key(a)) ?? []), a]);
  const blocks = [...groups.entries()].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0], 'nl')).map(([k, m]) => blockOf(k, m));
  const area = blocks.reduce((s, b) => s + b.w * b.h, 0);
  const rowWidth = Math.max(maxOf(blocks.map((b) => b.w), 0), Math.sqrt(area * TARGET_ASPECT));
  // Shelf packing: blocks left to right, a new row when the row is full.
  const placed: { block: Block; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.w > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    placed.push({ block, x, y });
    x += block.w;
    rowHeight = Math.max(rowHeight, block.h);
  }
  const width = maxOf(placed.map((p) => p.x + p.block.w), 0);
  const height = y + rowHeight;
  const positions = new Map<string, Position>();
  const middles: { key: string; centre: Position }[] = [];
  for (const { block, x: bx, y: by } of placed) {
    const left = centre.x - width / 2 + bx + GROUP_PADDING / 2;
    const top = centre.y - height / 2 + by + GROUP_PADDING / 2;
    middles.push({ key: block.key, centre: { x: round(left + (block.w - GROUP_PADDING) / 2), y: round(top + (block.h - GROUP_PADDING) / 2) } });
    block.members.forEach((a, i) => {
      const own = boxOf(a);
      const cx = left + ((i % block.cols) + 0.5) * block.cell.w;
      const cy = top + (Math.floor(i / block.cols) + 0.5) * block.cell.h - own.dy;
      positions.set(a.id, { x: round(cx), y: round(cy) });
    });
  }
  return { positions, blocks: middles };
}

/** The middle of a set of positions (0,0 when empty). */
export function centroid(points: readonly Position[]): Position {
  if (points.length === 0) return { x: 0, y: 0 };
  const sum = points.reduce((s, p) => ({ x: s.x + p.x, y: s.y + p.y }), { x: 0, y: 0 });
  return { x: round(sum.x / points.length), y: round(sum.y / points.length) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
