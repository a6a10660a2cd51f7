import type { Rect } from './label-box';

/**
 * A uniform grid over rectangles, so "what overlaps this box" looks at a few neighbours instead of
 * every actor (label placement and the overlap count run on maps of thousands of actors).
 */
export class RectIndex<T> {
  private readonly cells = new Map<string, { rect: Rect; value: T }[]>();

  /** `cell` is the grid size in model px; about the size of a typical label works best. */
  constructor(private readonly cell: number) {}

  private keys(r: Rect): string[] {
    const out: string[] = [];
    const x0 = Math.floor((r.x - r.w / 2) / this.cell);
    const x1 = Math.floor((r.x + r.w / 2) / this.cell);
    const y0 = Math.floor((r.y - r.h / 2) / this.cell);
    const y1 = Math.floor((r.y + r.h / 2) / this.cell);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push(`${x},${y}`);
    return out;
  }

  /** Adds a rectangle with its value. */
  add(rect: Rect, value: T): void {
    for (const key of this.keys(rect)) {
      const bucket = this.cells.get(key);
      if (bucket) bucket.push({ rect, value });
      else this.cells.set(key, [{ rect, value }]);
    }
  }

  /** The values of the rectangles that overlap `rect` (each once). */
  overlapping(rect: Rect, overlaps: (a: Rect, b: Rect) => boolean): T[] {
    const seen = new Set<T>();
    for (const key of this.keys(rect)) {
      for (const entry of this.cells.get(key) ?? []) if (!seen.has(entry.value) && overlaps(rect, entry.rect)) seen.add(entry.value);
    }
    return [...seen];
  }
}
