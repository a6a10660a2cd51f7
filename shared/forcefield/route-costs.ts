import type { Relation } from '../domain/map-document';

/**
 * The costs behind alliance routes. A route's cost is the sum of its ties' costs plus the cost of
 * every go-between it passes; lower is better. Kept in one table so the docs and the UI can
 * explain the ranking.
 */
export const ROUTE_COSTS = {
  /** Every tie costs at least this: shorter routes win when all else is equal. */
  tie: 1,
  /** Extra per tie for its strength: sterk (3) nothing, gemiddeld (2) 0.5, zwak (1) 1. */
  perMissingStrength: 0.5,
  /** Extra for a tie that is not plainly cooperative (verwijzing, financiering, unknown kinds). */
  formalKind: 0.5,
  /** Extra for going against the arrow of a directed tie (the tie is weaker from that side). */
  againstDirection: 0.5,
  /** Cost of passing a go-between, by their stance in the force field; `unknown` also for actors not in it. */
  goBetween: { '2': 0, '1': 0.5, '0': 1, unknown: 1.5, '-1': 3, '-2': 5 } as Record<string, number>,
} as const;

/** Relation kinds that stand for cooperation or trust: no extra cost. */
export const COOPERATIVE_KINDS: ReadonlySet<string> = new Set([
  'samenwerking',
  'ondersteuning',
  'informeel-contact',
  'overleg',
  'lid-van',
  'advies',
]);

/** Relation kinds a route never uses: tension and conflict. */
export const AVOIDED_KINDS: ReadonlySet<string> = new Set(['spanning']);

/** The cost of crossing one tie, in or against its direction. */
export function tieCost(relation: Pick<Relation, 'kind' | 'strength' | 'directed'>, against: boolean): number {
  let cost = ROUTE_COSTS.tie + (3 - relation.strength) * ROUTE_COSTS.perMissingStrength;
  if (!COOPERATIVE_KINDS.has(relation.kind)) cost += ROUTE_COSTS.formalKind;
  if (relation.directed && against) cost += ROUTE_COSTS.againstDirection;
  return cost;
}

/** The cost of passing a go-between with this stance (null: unknown or not in the force field). */
export function goBetweenCost(stance: number | null): number {
  return ROUTE_COSTS.goBetween[stance === null ? 'unknown' : String(stance)] ?? 1.5;
}
