/**
 * Stance colours: Paul Tol's diverging "BuRd" scale (colour-blind safe, readable in greyscale by
 * lightness), red for against, blue for for, near-white for neutral; unknown is grey with a
 * dashed outline so it does not depend on colour.
 */
export const STANCE_COLOUR: Readonly<Record<string, string>> = {
  '-2': '#B2182B',
  '-1': '#F4A582',
  '0': '#F7F7F7',
  '1': '#92C5DE',
  '2': '#2166AC',
  unknown: '#BBBBBB',
};

/** Key of a stance in STANCE_COLOUR and in canvas data: "-2" … "2" or "unknown". */
export function stanceKey(stance: number | null): string {
  return stance === null ? 'unknown' : String(stance);
}

/** Text colour that stays readable on a stance colour. */
export function stanceInk(stance: number | null): string {
  return stance === 2 || stance === -2 ? '#FFFFFF' : '#1F2328';
}

/** The stances in legend order, for against → for, then unknown. */
export const STANCE_ORDER: readonly (number | null)[] = [-2, -1, 0, 1, 2, null];
