import type { LineStyle } from '../../../shared/visual/encoding';
import { darken } from './colour';

/**
 * Renderer-side details of the encoding that both the canvas stylesheet and the SVG legend use,
 * so a dashed line in the legend has the same rhythm as on the map.
 */

/** How much darker a node's border is than its fill. */
export const BORDER_DARKEN = 0.45;

/** The border colour for a category fill colour. */
export function borderColour(fill: string): string {
  return darken(fill, BORDER_DARKEN);
}

/** Node border width in pixels (unselected). */
export const NODE_BORDER_WIDTH = 2;

/** How a line style is drawn at a given width: dash lengths and line cap. */
export interface DashSpec {
  /** Alternating dash and gap lengths in pixels; null for a solid line. */
  readonly pattern: readonly number[] | null;
  readonly cap: 'butt' | 'round';
}

/**
 * The dash rhythm of a line style at a given width. It scales with the width, so a strong dotted
 * tie still reads as dots (round caps add half the width on each side of each dot).
 */
export function dashSpec(line: LineStyle, width: number): DashSpec {
  switch (line) {
    case 'solid':
      return { pattern: null, cap: 'butt' };
    case 'dashed':
      return { pattern: [round1(Math.max(7, width * 3)), round1(Math.max(4, width * 1.6))], cap: 'butt' };
    case 'dotted':
      return { pattern: [0.5, round1(width * 1.5 + 3)], cap: 'round' };
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Neutral colours of the interface, also used on the canvas. */
export const INK = {
  text: '#1F2328',
  muted: '#57606A',
  neutralFill: '#E8EAED',
  neutralBorder: '#57606A',
  focus: '#0B57D0',
  labelBackground: '#FFFFFF',
} as const;
