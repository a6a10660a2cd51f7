import type { Vocabulary } from '../domain/map-document';
import { categoryColour, relationStyle } from './encoding';

/** Colours and own names of one map: its vocabulary over the built-in table. */
export interface MapEncoding {
  categoryColour(id: string): string;
  relationColour(id: string): string;
  /** The map's own name for a category (renamed built-in or own entry), or null for the built-in name. */
  categoryLabel(id: string): string | null;
  /** The map's own name for a relation kind, or null for the built-in name. */
  relationLabel(id: string): string | null;
}

/**
 * How a map's categories and relation kinds look: its own vocabulary where it has an entry, the
 * built-in table (`encoding.ts`) elsewhere. The canvas, the legend and print all read this, so
 * paper shows the colours the screen shows.
 */
export function mapEncoding(own: Vocabulary | undefined): MapEncoding {
  const categories = new Map((own?.categories ?? []).map((e) => [e.id, e]));
  const kinds = new Map((own?.relationKinds ?? []).map((e) => [e.id, e]));
  return {
    categoryColour: (id) => categories.get(id)?.colour ?? categoryColour(id),
    relationColour: (id) => kinds.get(id)?.colour ?? relationStyle(id).colour,
    categoryLabel: (id) => categories.get(id)?.label ?? null,
    relationLabel: (id) => kinds.get(id)?.label ?? null,
  };
}
