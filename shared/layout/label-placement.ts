import { LABEL_FONT_PX, LABEL_GAP, labelSize, rectsOverlap, wrapLabel, type Rect } from './label-box';
import { RectIndex } from './rect-index';

/** Where a label sits relative to its node. */
export type LabelSide = 'bottom' | 'top' | 'right' | 'left';

/** One actor as label placement sees it: where its node is, how big, and its name. */
export interface LabelledNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Width and height of the node shape in model px. */
  readonly size: number;
  readonly name: string;
}

/** Where one label goes, the lines it shows, and the box it takes. */
export interface LabelPlacement {
  readonly side: LabelSide;
  readonly lines: readonly string[];
  readonly rect: Rect;
  /** The name was cut to fit (the full name is shown on hover and focus). */
  readonly shortened: boolean;
  /** No side was free: this label still touches another label or node. */
  readonly collides: boolean;
}

function normalised(name: string): string {
  return name.trim().split(/\s+/).join(' ');
}

const SIDES: readonly LabelSide[] = ['bottom', 'top', 'right', 'left'];

/** The box of a label of size `label` on `side` of a node. */
export function labelRect(node: Pick<LabelledNode, 'x' | 'y' | 'size'>, label: { w: number; h: number }, side: LabelSide = 'bottom'): Rect {
  const half = node.size / 2 + LABEL_GAP;
  switch (side) {
    case 'bottom':
      return { x: node.x, y: node.y + half + label.h / 2, w: label.w, h: label.h };
    case 'top':
      return { x: node.x, y: node.y - half - label.h / 2, w: label.w, h: label.h };
    case 'right':
      return { x: node.x + half + label.w / 2, y: node.y, w: label.w, h: label.h };
    case 'left':
      return { x: node.x - half - label.w / 2, y: node.y, w: label.w, h: label.h };
  }
}

/** The node shape as a rectangle. */
export function nodeRect(node: Pick<LabelledNode, 'x' | 'y' | 'size'>): Rect {
  return { x: node.x, y: node.y, w: node.size, h: node.size };
}

/**
 * Places every label where it touches no other label and no node: below the node if free, else
 * above, right or left; a name that fits nowhere in full is tried on one shortened line; if still
 * nothing is free it goes below and is marked `collides`. Greedy in the given order (put the most
 * important actors first). Pure: the canvas and the printed map use the same placement.
 */
export function placeLabels(nodes: readonly LabelledNode[], fontPx = LABEL_FONT_PX): Map<string, LabelPlacement> {
  const cell = 12 * fontPx;
  const occupied = new RectIndex<string>(cell);
  for (const n of nodes) occupied.add(nodeRect(n), `node:${n.id}`);
  const out = new Map<string, LabelPlacement>();
  const free = (id: string, rect: Rect): boolean => occupied.overlapping(rect, (a, b) => rectsOverlap(a, b, 1)).every((v) => v === `node:${id}`);
  for (const n of nodes) {
    const full = wrapLabel(n.name, undefined, undefined, fontPx);
    const options: { lines: string[]; shortened: boolean }[] = [{ lines: full, shortened: false }];
    const oneLine = wrapLabel(n.name, undefined, 1, fontPx);
    if (full.length > 1) options.push({ lines: oneLine, shortened: true });
    let chosen: LabelPlacement | null = null;
    for (const option of options) {
      const size = labelSize(option.lines, fontPx);
      const side = SIDES.find((s) => free(n.id, labelRect(n, size, s)));
      if (side) {
        chosen = { side, lines: option.lines, rect: labelRect(n, size, side), shortened: option.shortened || full.join(' ') !== normalised(n.name), collides: false };
        break;
      }
    }
    if (!chosen) {
      const rect = labelRect(n, labelSize(full, fontPx), 'bottom');
      chosen = { side: 'bottom', lines: full, rect, shortened: full.join(' ') !== normalised(n.name), collides: true };
    }
    out.set(n.id, chosen);
    occupied.add(chosen.rect, `label:${n.id}`);
  }
  return out;
}
