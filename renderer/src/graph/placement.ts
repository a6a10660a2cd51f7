import type { Position } from '../../../shared/domain/map-document';

/** Minimum distance between a new actor and the ones already on the canvas. */
export const MIN_SPACING = 130;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A free spot for a new actor near `centre` (the middle of what the user sees): the first point on
 * a sunflower spiral around it that keeps `spacing` from every existing actor. Pure and
 * deterministic, so adding several actors in a row spreads them instead of stacking them.
 */
export function placeNear(centre: Position, existing: readonly Position[], spacing = MIN_SPACING): Position {
  const minSq = spacing * spacing;
  const free = (p: Position): boolean => existing.every((e) => (e.x - p.x) ** 2 + (e.y - p.y) ** 2 >= minSq);
  for (let i = 0; i < 2000; i++) {
    const radius = i === 0 ? 0 : spacing * 0.75 * Math.sqrt(i);
    const angle = i * GOLDEN_ANGLE;
    const candidate = { x: round(centre.x + radius * Math.cos(angle)), y: round(centre.y + radius * Math.sin(angle)) };
    if (free(candidate)) return candidate;
  }
  return { x: round(centre.x), y: round(centre.y) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
