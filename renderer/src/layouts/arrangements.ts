import type { Position } from '../../../shared/domain/map-document';
import { maxOf } from '../../../shared/big-arrays';

/** What an arrangement needs to know of an actor. */
export interface LayoutActor {
  readonly id: string;
  readonly kind: 'formeel' | 'informeel';
  readonly influence: number;
  readonly category: string;
  readonly area: string;
}

/** Minimum distance between neighbouring actors in an arrangement (room for labels). */
export const SPACING = 150;

/**
 * Rings around a centre: actors with the highest `rank` in the middle, lower ranks further out.
 * Each ring is wide enough that its actors keep `SPACING` apart. Pure and deterministic
 * (actors keep their given order around each ring).
 */
export function rings(actors: readonly LayoutActor[], rank: (a: LayoutActor) => number, centre: Position): Map<string, Position> {
  const levels = [...new Set(actors.map(rank))].sort((a, b) => b - a);
  const out = new Map<string, Position>();
  let radius = 0;
  levels.forEach((level, i) => {
    const members = actors.filter((a) => rank(a) === level);
    const needed = (members.length * SPACING) / (2 * Math.PI);
    radius = i === 0 && members.length === 1 ? 0 : Math.max(radius + SPACING * 1.2, needed, i === 0 ? 0 : SPACING);
    members.forEach((a, j) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * j) / members.length;
      out.set(a.id, { x: round(centre.x + radius * Math.cos(angle)), y: round(centre.y + radius * Math.sin(angle)) });
    });
  });
  return out;
}

/** Rings for "formal outside, informal inside". */
export const byKind = (a: LayoutActor): number => (a.kind === 'informeel' ? 1 : 0);
/** Rings for "most influence in the middle". */
export const byInfluence = (a: LayoutActor): number => a.influence;

/**
 * Clusters: one compact block per group (category or buurt), biggest group first, blocks placed
 * left to right in rows, centred on `centre`. Returns the positions and each block's name and middle.
 */
export function clusters(
  actors: readonly LayoutActor[],
  key: (a: LayoutActor) => string,
  centre: Position,
): { positions: Map<string, Position>; blocks: { key: string; centre: Position }[] } {
  const groups = new Map<string, LayoutActor[]>();
  for (const a of actors) groups.set(key(a), [...(groups.get(key(a)) ?? []), a]);
  const ordered = [...groups.entries()].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0], 'nl'));
  const blockCols = Math.max(1, Math.ceil(Math.sqrt(ordered.length)));
  const sizes = ordered.map(([, members]) => {
    const cols = Math.max(1, Math.ceil(Math.sqrt(members.length)));
    return { cols, rows: Math.ceil(members.length / cols) };
  });
  const cell = Math.max(1, maxOf(sizes.map((s) => Math.max(s.cols, s.rows)))) * SPACING + SPACING * 0.6;
  const totalRows = Math.ceil(ordered.length / blockCols);
  const positions = new Map<string, Position>();
  const blocks: { key: string; centre: Position }[] = [];
  ordered.forEach(([name, members], b) => {
    const size = sizes[b] ?? { cols: 1, rows: 1 };
    const bx = centre.x + ((b % blockCols) - (blockCols - 1) / 2) * cell;
    const by = centre.y + (Math.floor(b / blockCols) - (totalRows - 1) / 2) * cell;
    blocks.push({ key: name, centre: { x: round(bx), y: round(by) } });
    members.forEach((a, i) => {
      const x = bx + ((i % size.cols) - (size.cols - 1) / 2) * SPACING;
      const y = by + (Math.floor(i / size.cols) - (size.rows - 1) / 2) * SPACING;
      positions.set(a.id, { x: round(x), y: round(y) });
    });
  });
  return { positions, blocks };
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
