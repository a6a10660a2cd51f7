import type { Position } from '../../../shared/domain/map-document';

/** What the side panel shows. Selection on the canvas is derived from it. */
export type Panel =
  | { readonly mode: 'overview' }
  | { readonly mode: 'new-actor'; /** Where the actor goes ("Actor toevoegen hier"); else the middle of the view. */ readonly at?: Position }
  | { readonly mode: 'new-relation'; readonly from?: string }
  | { readonly mode: 'actor'; readonly id: string }
  | { readonly mode: 'relation'; readonly id: string };

/** The panel with nothing selected. */
export const OVERVIEW: Panel = { mode: 'overview' };

/** The id selected on the canvas, if the panel edits an existing actor or relation. */
export function selectedIdOf(panel: Panel): string | null {
  return panel.mode === 'actor' || panel.mode === 'relation' ? panel.id : null;
}
