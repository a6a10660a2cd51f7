import type { ForceFieldEntry } from '../domain/force-field';

/** The named regions of the stance–influence matrix. */
export const QUADRANTS = ['bondgenoten', 'te-winnen', 'tegenstanders', 'in-de-gaten-houden'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Influence from which an actor counts as influential (1–2 low, 3–5 high). */
export const HIGH_INFLUENCE = 3;

/**
 * The matrix region of an entry. Thresholds: influence ≥ 3 is influential. Influential actors
 * are bondgenoten (stance +1/+2), tegenstanders (−1/−2) or te winnen (0 or unknown: undecided,
 * the first people to win over). Actors with influence 1–2 are "in de gaten houden" whatever
 * their stance: keep them informed, mobilise the supporters among them.
 */
export function quadrantOf(entry: Pick<ForceFieldEntry, 'stance' | 'influence'>): Quadrant {
  if (entry.influence < HIGH_INFLUENCE) return 'in-de-gaten-houden';
  if (entry.stance === null || entry.stance === 0) return 'te-winnen';
  return entry.stance > 0 ? 'bondgenoten' : 'tegenstanders';
}

/** Influential actors who are not for (yet): the default targets of the alliance builder. */
export function isDefaultTarget(entry: Pick<ForceFieldEntry, 'stance' | 'influence'>): boolean {
  return entry.influence >= HIGH_INFLUENCE && (entry.stance === null || entry.stance <= 0);
}
