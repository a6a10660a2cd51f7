import type { ActorKind } from '../domain/vocabulary';
import { mostDistinctColour } from './colour-distance';

/**
 * The one table of visual encoding. The canvas stylesheet, the legend and (later) print all read
 * it, so what the legend says is what the map shows. Shape and line style carry meaning as well
 * as colour, so the map reads in greyscale and for colour-blind readers.
 */

export type NodeShape = 'round-rectangle' | 'ellipse';
export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** Formal actors are rounded rectangles, informal ones ellipses. */
export const ACTOR_KIND_SHAPE: Readonly<Record<ActorKind, NodeShape>> = {
  formeel: 'round-rectangle',
  informeel: 'ellipse',
};

/** Category colours: Paul Tol's colour-blind-safe "muted" and "light" schemes. */
export const CATEGORY_COLOUR: Readonly<Record<string, string>> = {
  gemeente: '#332288',
  wijkteam: '#88CCEE',
  welzijn: '#44AA99',
  woningcorporatie: '#117733',
  zorg: '#CC6677',
  onderwijs: '#DDCC77',
  veiligheid: '#882255',
  religie: '#AA4499',
  'sport-cultuur': '#999933',
  ondernemer: '#EE8866',
  // Tol's light "pear": sand (#EEDD88) was too close to onderwijs (ΔE 6, see colour-distance.ts).
  bewonersinitiatief: '#BBCC33',
  bewoner: '#FFAABB',
  overig: '#DDDDDD',
};

/**
 * Colours for a map's own categories (from an import or the Woordenlijst): Paul Tol's
 * colour-blind-safe "bright", "vibrant", "light", "pale", "dark", "medium-" and "high-contrast"
 * colours the defaults do not use. A new category gets the one that stands furthest from every
 * colour the map already uses (`distinctCategoryColour`), so built-in and own categories stay apart.
 */
export const OWN_CATEGORY_COLOURS = [
  '#0077BB', '#EE7733', '#009988', '#EE3377', '#33BBEE', '#CC3311', '#77AADD', '#44BB99', '#AAAA00', '#99DDFF',
  '#4477AA', '#228833', '#CCBB44', '#EE6677', '#AA3377', '#004488', '#DDAA33', '#BB5566', '#BBCCEE', '#CCDDAA',
  '#FFCCCC', '#6699CC', '#EECC66', '#994455', '#997700', '#EE99AA', '#222255', '#225555', '#225522', '#666633',
  '#663333', '#EEDD88',
] as const;

/** The colour for a new own category: of `OWN_CATEGORY_COLOURS`, the one most unlike all colours in `used`. */
export function distinctCategoryColour(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toUpperCase()));
  const free = OWN_CATEGORY_COLOURS.filter((c) => !taken.has(c));
  // White is the page and the canvas: a colour close to it would vanish.
  return mostDistinctColour(['#FFFFFF', ...Object.values(CATEGORY_COLOUR), ...used], free.length ? free : OWN_CATEGORY_COLOURS);
}

/** How a group (an organisation with its teams or people) is drawn around its members, on screen and on paper. */
export const GROUP_BOX = {
  /** Space between the members and the box, in model pixels. */
  padding: 18,
  /** The box is the group's category colour at this opacity. */
  fillOpacity: 0.1,
  borderWidth: 2,
} as const;

/** Colour for a category the table does not know (a user's own, before it has a colour). */
export const FALLBACK_CATEGORY_COLOUR = '#BBBBBB';

export interface RelationStyle {
  readonly line: LineStyle;
  readonly colour: string;
  /** Whether a new relation of this kind starts out directed (an arrow). */
  readonly directedByDefault: boolean;
}

/** Line style and colour per relation kind. */
export const RELATION_KIND_STYLE: Readonly<Record<string, RelationStyle>> = {
  samenwerking: { line: 'solid', colour: '#4D4D4D', directedByDefault: false },
  overleg: { line: 'dashed', colour: '#4D4D4D', directedByDefault: false },
  'informeel-contact': { line: 'dotted', colour: '#6F6F6F', directedByDefault: false },
  verwijzing: { line: 'solid', colour: '#1F5F8B', directedByDefault: true },
  financiering: { line: 'solid', colour: '#117733', directedByDefault: true },
  ondersteuning: { line: 'dashed', colour: '#2E8B7A', directedByDefault: true },
  'lid-van': { line: 'dotted', colour: '#332288', directedByDefault: true },
  advies: { line: 'dashed', colour: '#AA4499', directedByDefault: true },
  spanning: { line: 'dashed', colour: '#CC3311', directedByDefault: false },
};

/** Style for a relation kind the table does not know. */
export const FALLBACK_RELATION_STYLE: RelationStyle = { line: 'solid', colour: '#888888', directedByDefault: false };

/** Line width in pixels per tie strength 1–3. */
export const STRENGTH_WIDTH: Readonly<Record<number, number>> = { 1: 1.5, 2: 3, 3: 5.5 };

/** Node diameter in pixels per influence 1–5. */
export const INFLUENCE_SIZE: Readonly<Record<number, number>> = { 1: 28, 2: 34, 3: 40, 4: 48, 5: 56 };

/** The colour of a category, with a fallback for unknown ones. */
export function categoryColour(category: string): string {
  return CATEGORY_COLOUR[category] ?? FALLBACK_CATEGORY_COLOUR;
}

/** The style of a relation kind, with a fallback for unknown ones. */
export function relationStyle(kind: string): RelationStyle {
  return RELATION_KIND_STYLE[kind] ?? FALLBACK_RELATION_STYLE;
}

/** Black or white, whichever reads better on the given background colour (#RRGGBB). */
export function textColourOn(background: string): '#000000' | '#FFFFFF' {
  const n = Number.parseInt(background.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? '#000000' : '#FFFFFF';
}
