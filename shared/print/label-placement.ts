import { wrap } from './xml-text';

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

const LABEL_CHARS_PER_LINE = 24;
const LABEL_LINES = 3;

/**
 * THE SEAM for label placement on paper: `networkSvg` calls this once with every printed actor
 * and draws each label where it says. For now every name goes centred under its node (as on the
 * canvas); the collision-free placement (a pure function shared with the screen) replaces this
 * body, and print follows without further change.
 */
export function placePrintLabels(nodes: readonly LabelNode[], fontPx: number): PlacedLabel[] {
  return nodes.map((n) => ({
    id: n.id,
    lines: wrap(n.text, LABEL_CHARS_PER_LINE, LABEL_LINES),
    x: n.x,
    y: n.y + n.size / 2 + 5 + fontPx,
    anchor: 'middle',
  }));
}

/** How many lines a label may take (the fit of the network reserves room for them). */
export const MAX_LABEL_LINES = LABEL_LINES;
