import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { ActorForce } from '../../../shared/forcefield/balance';

/** Geometry of the stance–influence matrix (SVG user units). */
export const MATRIX = { width: 1100, height: 600, left: 70, right: 200, top: 30, bottom: 70 } as const;

/** The plot area's right edge; the "unknown" column lies beyond it. */
export const PLOT_RIGHT = MATRIX.width - MATRIX.right;

/** x position per stance (−2 … +2) in the middle of its column. */
export const xOf = scaleLinear().domain([-2.5, 2.5]).range([MATRIX.left, PLOT_RIGHT]);
/** y position per influence (1 … 5), 5 at the top. */
export const yOf = scaleLinear().domain([0.5, 5.5]).range([MATRIX.height - MATRIX.bottom, MATRIX.top]);
/** Circle radius per interest (1 … 5): area grows with the stake. */
export const radiusOf = scaleSqrt().domain([1, 5]).range([5, 11]);

/** Middle of the "unknown" column. */
export const UNKNOWN_X = PLOT_RIGHT + MATRIX.right / 2;

/** Width of one stance column. */
export const COLUMN_W = xOf(1) - xOf(0);
/** Height of one influence row. */
export const ROW_H = yOf(1) - yOf(2);
/** Vertical space per actor stacked in one cell. */
export const ITEM_H = 22;

/** An actor placed in the matrix: the cell's top-left plus its slot, and the circle's centre. */
export interface MatrixItem {
  readonly actor: ActorForce;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/**
 * Places actors: each (stance, influence) cell stacks its actors from top to bottom, circle at
 * the left and label to its right, so labels in one cell never overlap.
 */
export function layoutMatrix(actors: readonly ActorForce[]): MatrixItem[] {
  const count = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const a of actors) count.set(`${a.stance}|${a.influence}`, (count.get(`${a.stance}|${a.influence}`) ?? 0) + 1);
  return actors.map((actor) => {
    const key = `${actor.stance}|${actor.influence}`;
    const i = cells.get(key) ?? 0;
    cells.set(key, i + 1);
    const n = count.get(key) ?? 1;
    const cx = actor.stance === null ? UNKNOWN_X : xOf(actor.stance);
    const columnW = actor.stance === null ? MATRIX.right - 10 : COLUMN_W;
    const top = yOf(actor.influence) - (n * ITEM_H) / 2;
    return { actor, x: cx - columnW / 2 + 16, y: top + i * ITEM_H + ITEM_H / 2, r: radiusOf(actor.interest) };
  });
}

/** The stance and influence for a point dropped at (x, y); beyond the plot's right edge: unknown. */
export function valuesAt(x: number, y: number): { stance: number | null; influence: number } {
  const influence = Math.min(5, Math.max(1, Math.round(yOf.invert(y))));
  if (x > PLOT_RIGHT) return { stance: null, influence };
  return { stance: Math.min(2, Math.max(-2, Math.round(xOf.invert(x)))), influence };
}
