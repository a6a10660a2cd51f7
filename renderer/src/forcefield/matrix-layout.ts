import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { ActorForce } from '../../../shared/forcefield/balance';
import { HIGH_INFLUENCE } from '../../../shared/forcefield/quadrants';
import { shorten, wrapText } from './text-wrap';

/**
 * Geometry of the stance–influence matrix (SVG user units). The height is not fixed: a row
 * grows when one of its cells holds more actors than `minRow` fits (see `layoutMatrix`).
 */
export const MATRIX = { width: 1100, left: 70, right: 200, top: 30, bottom: 70, minRow: 100 } as const;

/** The plot area's right edge; the "unknown" column lies beyond it. */
export const PLOT_RIGHT = MATRIX.width - MATRIX.right;

/** x position per stance (−2 … +2) in the middle of its column. */
export const xOf = scaleLinear().domain([-2.5, 2.5]).range([MATRIX.left, PLOT_RIGHT]);
/** Circle radius per interest (1 … 5): area grows with the stake. */
export const radiusOf = scaleSqrt().domain([1, 5]).range([5, 11]);

/** Middle of the "unknown" column. */
export const UNKNOWN_X = PLOT_RIGHT + MATRIX.right / 2;

/** Width of one stance column. */
export const COLUMN_W = xOf(1) - xOf(0);
const UNKNOWN_W = MATRIX.right - 10;

/** Label text: size, line height and the average width of a character (for wrapping). */
export const LABEL = { size: 11.5, line: 13, charWidth: 6.1, maxLines: 3, dx: 14 } as const;
/** The circle's distance from its cell's left edge, and the space kept around items in a cell. */
const INSET = 16;
const PAD = 6;
/** Room kept free at the bottom of the rows whose bottom edge carries a region's name. */
const NAME_STRIP = 20;
const hasNameStrip = (influence: number): boolean => influence === HIGH_INFLUENCE || influence === 1;
/** Smallest height of one actor's slot: the largest circle plus a gap, so circles never touch. */
const SLOT_MIN = 2 * 11 + 4;

/** An actor placed in the matrix: circle centre and radius, and its name in lines beside it. */
export interface MatrixItem {
  readonly actor: ActorForce;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** The name wrapped to the cell's width (at most three lines; the full name is in the tooltip). */
  readonly lines: readonly string[];
  /** Height of the slot the item takes in its cell. */
  readonly height: number;
}

/** The vertical band of one influence row. */
export interface MatrixBand {
  readonly influence: number;
  readonly top: number;
  readonly bottom: number;
}

/** The whole placement: items, the row bands (influence 5 at the top) and the drawing's height. */
export interface MatrixLayout {
  readonly items: readonly MatrixItem[];
  readonly bands: readonly MatrixBand[];
  readonly plotBottom: number;
  readonly height: number;
}

/** A name wrapped to a column width; past the last line it ends in an ellipsis. */
export function labelLines(name: string, columnWidth: number): string[] {
  const chars = Math.max(8, Math.floor((columnWidth - INSET - LABEL.dx - 4) / LABEL.charWidth));
  const lines = wrapText(name, chars);
  if (lines.length <= LABEL.maxLines) return lines;
  const kept = lines.slice(0, LABEL.maxLines);
  kept[LABEL.maxLines - 1] = shorten(`${kept[LABEL.maxLines - 1] ?? ''} ${lines.slice(LABEL.maxLines).join(' ')}`, chars);
  return kept;
}

const cellKey = (stance: number | null, influence: number): string => `${stance}|${influence}`;

/**
 * Places actors so that nothing overlaps and every value stays honest: each actor stays inside
 * its own (stance, influence) cell — the cell is its value — stacked top to bottom with its
 * circle at the left and its full name wrapped beside it. A row grows as tall as its fullest
 * cell needs, so circles and names never spill into a neighbouring cell.
 */
export function layoutMatrix(actors: readonly ActorForce[]): MatrixLayout {
  const slots = actors.map((actor) => {
    const width = actor.stance === null ? UNKNOWN_W : COLUMN_W;
    const lines = labelLines(actor.name, width);
    return { actor, lines, r: radiusOf(actor.interest), height: Math.max(SLOT_MIN, lines.length * LABEL.line + 8) };
  });
  const cells = new Map<string, typeof slots>();
  for (const s of slots) {
    const key = cellKey(s.actor.stance, s.actor.influence);
    cells.set(key, [...(cells.get(key) ?? []), s]);
  }
  const rowHeight = (influence: number): number => {
    let tallest = 0;
    for (const [key, list] of cells) if (key.endsWith(`|${influence}`)) tallest = Math.max(tallest, list.reduce((h, s) => h + s.height, 0));
    return Math.max(MATRIX.minRow, tallest + 2 * PAD + (hasNameStrip(influence) ? NAME_STRIP : 0));
  };
  const bands: MatrixBand[] = [];
  let y = MATRIX.top;
  for (const influence of [5, 4, 3, 2, 1]) {
    const h = rowHeight(influence);
    bands.push({ influence, top: y, bottom: y + h });
    y += h;
  }
  const bandOf = new Map(bands.map((b) => [b.influence, b]));
  const items: MatrixItem[] = [];
  for (const list of cells.values()) {
    const first = list[0];
    if (!first) continue;
    const band = bandOf.get(first.actor.influence) ?? { top: MATRIX.top, bottom: MATRIX.top + MATRIX.minRow };
    const bottom = band.bottom - (hasNameStrip(first.actor.influence) ? NAME_STRIP : 0);
    const stack = list.reduce((h, s) => h + s.height, 0);
    let top = Math.max(band.top + PAD, (band.top + bottom) / 2 - stack / 2);
    const cx = first.actor.stance === null ? UNKNOWN_X : xOf(first.actor.stance);
    const left = cx - (first.actor.stance === null ? UNKNOWN_W : COLUMN_W) / 2;
    for (const s of list) {
      items.push({ actor: s.actor, x: left + INSET, y: top + s.height / 2, r: s.r, lines: s.lines, height: s.height });
      top += s.height;
    }
  }
  const order = new Map(actors.map((a, i) => [a.actorId, i]));
  items.sort((a, b) => (order.get(a.actor.actorId) ?? 0) - (order.get(b.actor.actorId) ?? 0));
  return { items, bands, plotBottom: y, height: y + MATRIX.bottom };
}

/** The middle of an influence row. */
export function rowMiddle(layout: MatrixLayout, influence: number): number {
  const band = layout.bands.find((b) => b.influence === influence);
  return band ? (band.top + band.bottom) / 2 : MATRIX.top;
}

/** The stance and influence for a point dropped at (x, y); beyond the plot's right edge: unknown. */
export function valuesAt(x: number, y: number, layout: MatrixLayout): { stance: number | null; influence: number } {
  const first = layout.bands[0];
  const last = layout.bands[layout.bands.length - 1];
  const band = layout.bands.find((b) => y >= b.top && y < b.bottom) ?? (first && y < first.top ? first : last);
  const influence = band?.influence ?? 1;
  if (x > PLOT_RIGHT) return { stance: null, influence };
  // `|| 0` turns the −0 that rounding left of the middle gives into 0.
  return { stance: Math.min(2, Math.max(-2, Math.round(xOf.invert(x)))) || 0, influence };
}
