/** Paper sizes and orientations for printing, in millimetres. */

export const PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const ORIENTATIONS = ['portrait', 'landscape'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

const PORTRAIT_MM: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};

/** Width and height of a sheet in millimetres. */
export interface SheetSize {
  readonly width: number;
  readonly height: number;
}

/** The size of a sheet of `paper` held in `orientation`, in millimetres. */
export function sheetSize(paper: PaperSize, orientation: Orientation): SheetSize {
  const p = PORTRAIT_MM[paper];
  return orientation === 'portrait' ? p : { width: p.height, height: p.width };
}

/** The CSS `@page size` value for a sheet, e.g. `A4 landscape`. */
export function cssPageSize(paper: PaperSize, orientation: Orientation): string {
  return `${paper} ${orientation}`;
}
