/**
 * Label sizes without a browser: an estimate of how wide a name is drawn in the canvas and print
 * font, how it wraps, and the box a node and its label take together. Layouts space actors by
 * these boxes; the canvas and print draw the same lines, so what was spaced is what is drawn.
 */

/** Label font size in model pixels (canvas stylesheet and print alike). */
export const LABEL_FONT_PX = 12;
/** Widest a label line may be, in model pixels; longer names wrap. */
export const LABEL_MAX_WIDTH = 150;
/** Most lines a label gets; a longer name is shortened with "…" (the full name is on hover/focus). */
export const LABEL_MAX_LINES = 3;
/** Height of one label line as a multiple of the font size. */
export const LABEL_LINE_HEIGHT = 1.2;
/** Gap between a node and its label, in model pixels. */
export const LABEL_GAP = 5;
/** Pale padding drawn around a label, in model pixels. */
export const LABEL_PADDING = 2;

const NARROW = new Set([...'il.,:;!|\'`ijtfrI()[] ']);
const WIDE = new Set([...'mwMW@%']);

/** Estimated width of `text` in the sans-serif label font at `fontPx` (a little generous). */
export function textWidth(text: string, fontPx = LABEL_FONT_PX): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.86;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (ch === '–' || ch === '—') em += 0.6;
    else em += 0.56;
  }
  return em * fontPx;
}

/** Shortens `text` with "…" until it fits `maxWidth`. */
function shorten(text: string, maxWidth: number, fontPx: number): string {
  let cut = text.trimEnd();
  while (cut.length > 1 && textWidth(`${cut}…`, fontPx) > maxWidth) cut = cut.slice(0, -1).trimEnd();
  return `${cut}…`;
}

/**
 * Wraps a name into at most `maxLines` lines of at most `maxWidth` px (by default LABEL_MAX_WIDTH
 * scaled with the font, so a bigger print font breaks the same lines), breaking at spaces (a word
 * longer than a line is cut). When the name does not fit, the last line ends in "…".
 */
export function wrapLabel(name: string, maxWidth?: number, maxLines = LABEL_MAX_LINES, fontPx = LABEL_FONT_PX): string[] {
  return wrapWithin(name, maxWidth ?? (LABEL_MAX_WIDTH * fontPx) / LABEL_FONT_PX, maxLines, fontPx);
}

function wrapWithin(name: string, maxWidth: number, maxLines: number, fontPx: number): string[] {
  const words = name.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, fontPx) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (textWidth(line, fontPx) > maxWidth && lines.length < maxLines) {
      // A word wider than a line: cut it where it still fits.
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), fontPx) > maxWidth) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shorten(`${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, maxWidth, fontPx);
  return kept;
}

/** Width and height of a wrapped label with its pale padding. */
export function labelSize(lines: readonly string[], fontPx = LABEL_FONT_PX): { readonly w: number; readonly h: number } {
  if (lines.length === 0) return { w: 0, h: 0 };
  const w = Math.max(...lines.map((l) => textWidth(l, fontPx)));
  return { w: w + 2 * LABEL_PADDING, h: lines.length * fontPx * LABEL_LINE_HEIGHT + 2 * LABEL_PADDING };
}

/** An axis-aligned rectangle by its centre and size. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Whether two rectangles overlap (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect, margin = 0): boolean {
  return Math.abs(a.x - b.x) * 2 < a.w + b.w + 2 * margin && Math.abs(a.y - b.y) * 2 < a.h + b.h + 2 * margin;
}
