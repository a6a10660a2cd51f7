import type { Box } from './network-svg';
import type { Orientation, PaperSize } from './paper';
import type { PrintLabels } from './print-labels';

/** A poster: the map enlarged over `columns` × `rows` sheets that overlap by `overlapMm`. */
export interface PosterOptions {
  readonly columns: number;
  readonly rows: number;
  readonly overlapMm: number;
}

/** Everything that decides how a map is printed. */
export interface PrintOptions {
  readonly paper: PaperSize;
  readonly orientation: Orientation;
  /** White border kept free on every side, in millimetres. */
  readonly marginMm: number;
  readonly title: string;
  readonly subtitle: string;
  /** Shown as given, e.g. "26 november 2026". */
  readonly date: string;
  /** Author and/or organisation. */
  readonly author: string;
  /** Optional note or source line at the bottom. */
  readonly note: string;
  /** Natural persons become "Bewoner 1", "Sleutelfiguur 2"…; their names appear nowhere. */
  readonly anonymise: boolean;
  /** Only these actors (and relations between them, or listed relations) are printed; null = all. */
  readonly visibleIds: ReadonlySet<string> | null;
  /**
   * Print the current view: this part of the map (model coordinates, what the map view showed),
   * scaled to the page; actors outside it are left out. Null or absent = fit the whole map.
   */
  readonly viewport?: Box | null | undefined;
  /** Tile the page over several sheets; null = one sheet. */
  readonly poster: PosterOptions | null;
  readonly labels: PrintLabels;
}

/** Margins a printer can handle and a reader expects, in millimetres. */
export const MARGIN_LIMITS = { min: 5, max: 40, default: 12 } as const;
/** Poster sizes offered: up to 4 × 4 sheets. */
export const POSTER_LIMITS = { min: 1, max: 4, overlapMm: 10 } as const;
