import { LABEL_MAX_LINES, LABEL_PADDING } from '../layout/label-box';
import { placeLabels } from '../layout/label-placement';

/** A printed actor whose name needs a place: centre and diameter in model pixels. */
export interface LabelNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly text: string;
}

/** Where a label is printed: its lines, the first baseline's anchor point, and the text anchor. */
export interface PlacedLabel {
  readonly id: string;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/**
 * The seam for label placement on paper: `networkSvg` calls this once with every printed actor and
 * draws each label where it says. It is the canvas's own placement (`shared/layout/label-placement`):
 * each name below its node, else above, right or left where it touches no other label or node, the
 * biggest actors placed first, so paper shows what the screen shows.
 */
export function placePrintLabels(nodes: readonly LabelNode[], fontPx: number): PlacedLabel[] {
  const placed = placeLabels(
    [...nodes].sort((a, b) => b.size - a.size).map((n) => ({ id: n.id, x: n.x, y: n.y, size: n.size, name: n.text })),
    fontPx,
  );
  return nodes.flatMap((n) => {
    const p = placed.get(n.id);
    if (!p) return [];
    const top = p.rect.y - p.rect.h / 2 + LABEL_PADDING;
    return [{ id: n.id, lines: p.lines, x: p.rect.x, y: top + fontPx * 0.9, anchor: 'middle' as const }];
  });
}

/** How many lines a label may take (the fit of the network reserves room for them). */
export const MAX_LABEL_LINES = LABEL_MAX_LINES;
