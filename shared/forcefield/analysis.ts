import type { ForceField } from '../domain/force-field';
import type { MapDocument } from '../domain/map-document';
import { balanceOf, type Balance } from './balance';
import { coalitionOf, type Coalition } from './coalition';
import { describeRoute } from './describe';
import { isDefaultTarget, quadrantOf, type Quadrant } from './quadrants';
import { findRoutes, routeGraph, unreachableFrom, type Route } from './routes';

/** Routes to one target, each with its description in words. */
export interface TargetRoutes {
  readonly target: string;
  readonly routes: readonly (Route & { readonly text: string })[];
}

/** Everything the krachtenveld screen and CLI show for one force field. */
export interface ForceFieldAnalysis {
  readonly balance: Balance;
  readonly quadrants: readonly { readonly actorId: string; readonly quadrant: Quadrant }[];
  readonly targets: readonly TargetRoutes[];
  /** Actors in the force field that no route from "us" reaches (tension ties are not used). */
  readonly unreachable: readonly string[];
  readonly coalition: Coalition;
}

/**
 * Analyses a force field: balance, quadrants, coalition, and routes from `us` to `targets`
 * (default: every influential actor who is not for yet). `us` may name several actors.
 */
export function analyseForceField(
  doc: MapDocument,
  field: ForceField,
  us: readonly string[],
  targets?: readonly string[],
  routesPerTarget = 3,
): ForceFieldAnalysis {
  const onMap = new Set(doc.actors.map((a) => a.id));
  const entries = field.entries.filter((e) => onMap.has(e.actorId));
  const chosen = targets ?? entries.filter((e) => isDefaultTarget(e) && !us.includes(e.actorId)).map((e) => e.actorId);
  const g = routeGraph(doc, field);
  const targetRoutes = chosen.map((target) => {
    const all = us.flatMap((from) => findRoutes(g, from, target, routesPerTarget));
    all.sort((a, b) => a.cost - b.cost || a.path.length - b.path.length);
    return { target, routes: all.slice(0, routesPerTarget).map((r) => ({ ...r, text: describeRoute(r, g.names) })) };
  });
  const unreachable = us.length ? unreachableFrom(g, us, entries.map((e) => e.actorId).filter((id) => !us.includes(id))) : [];
  return {
    balance: balanceOf(doc, field),
    quadrants: entries.map((e) => ({ actorId: e.actorId, quadrant: quadrantOf(e) })),
    targets: targetRoutes,
    unreachable,
    coalition: coalitionOf(doc, field),
  };
}
