import { DirectedGraph } from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import type { ForceField } from '../domain/force-field';
import type { MapDocument, Relation } from '../domain/map-document';
import { AVOIDED_KINDS, goBetweenCost, tieCost } from './route-costs';

interface TieAttributes {
  readonly relation: Relation;
  readonly to: string;
  readonly against: boolean;
  readonly cost: number;
}

/** One tie crossed by a route. */
export interface RouteStep {
  readonly relationId: string;
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  readonly strength: number;
  /** True when the route goes against the arrow of a directed tie (never for undirected ties). */
  readonly against: boolean;
  readonly cost: number;
}

/** An actor in the middle of a route. */
export interface GoBetween {
  readonly actorId: string;
  readonly name: string;
  readonly stance: number | null;
  readonly cost: number;
}

/** One way from "us" to a target, with the parts of its score. */
export interface Route {
  readonly from: string;
  readonly to: string;
  /** Actor ids from `from` to `to`. */
  readonly path: readonly string[];
  readonly steps: readonly RouteStep[];
  readonly goBetweens: readonly GoBetween[];
  /** Sum of tie and go-between costs; lower is better. */
  readonly cost: number;
}

/** A graph of the map for route finding: every tie but tension/conflict, both ways. */
export interface RouteGraph {
  readonly graph: DirectedGraph<Record<string, never>, TieAttributes>;
  readonly stance: ReadonlyMap<string, number | null>;
  readonly names: ReadonlyMap<string, string>;
  /** Memo: per "us" actor, per first contact, the cheapest paths onward to every actor. */
  readonly onward: Map<string, Map<string, Readonly<Record<string, string[]>>>>;
}

/** Builds the route graph of a map for one force field (its stances price the go-betweens). */
export function routeGraph(doc: MapDocument, field: ForceField | null): RouteGraph {
  const graph = new DirectedGraph<Record<string, never>, TieAttributes>();
  for (const a of doc.actors) graph.addNode(a.id);
  const put = (from: string, to: string, relation: Relation, against: boolean): void => {
    const cost = tieCost(relation, against);
    const existing = graph.edge(from, to);
    if (existing !== undefined) {
      if (graph.getEdgeAttribute(existing, 'cost') <= cost) return;
      graph.dropEdge(existing);
    }
    graph.addDirectedEdge(from, to, { relation, to, against, cost });
  };
  for (const r of doc.relations) {
    if (AVOIDED_KINDS.has(r.kind) || !graph.hasNode(r.from) || !graph.hasNode(r.to)) continue;
    put(r.from, r.to, r, false);
    put(r.to, r.from, r, r.directed);
  }
  const stance = new Map((field?.entries ?? []).map((e) => [e.actorId, e.stance]));
  return { graph, stance, names: new Map(doc.actors.map((a) => [a.id, a.name])), onward: new Map() };
}

function toRoute(g: RouteGraph, path: readonly string[]): Route {
  const steps: RouteStep[] = [];
  const goBetweens: GoBetween[] = [];
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1] ?? '';
    const to = path[i] ?? '';
    const attrs = g.graph.getEdgeAttributes(g.graph.edge(from, to));
    const r = attrs.relation;
    steps.push({ relationId: r.id, from, to, kind: r.kind, strength: r.strength, against: attrs.against, cost: attrs.cost });
    if (i < path.length - 1) {
      const stance = g.stance.get(to) ?? null;
      goBetweens.push({ actorId: to, name: g.names.get(to) ?? to, stance, cost: goBetweenCost(stance) });
    }
  }
  const cost = steps.reduce((s, x) => s + x.cost, 0) + goBetweens.reduce((s, x) => s + x.cost, 0);
  return { from: path[0] ?? '', to: path[path.length - 1] ?? '', path, steps, goBetweens, cost };
}

/**
 * For each first contact of `from`: the cheapest paths from there to every actor, never back
 * through `from`. Entering an actor costs its go-between price; a target pays that price once on
 * every path to it, so it does not change which path is cheapest (and is left out of the score).
 */
function onwardPaths(g: RouteGraph, from: string): Map<string, Readonly<Record<string, string[]>>> {
  const cached = g.onward.get(from);
  if (cached) return cached;
  const without = g.graph.copy();
  without.dropNode(from);
  const weight = (_edge: string, attrs: TieAttributes): number => attrs.cost + goBetweenCost(g.stance.get(attrs.to) ?? null);
  const result = new Map<string, Readonly<Record<string, string[]>>>();
  for (const first of g.graph.outNeighbors(from)) result.set(first, dijkstra.singleSource(without, first, weight));
  g.onward.set(from, result);
  return result;
}

/**
 * Ranked routes from one actor to another. For every first contact of `from` the cheapest way on
 * from there to `to` (never back through `from`), so the routes start with different people;
 * then sorted by cost (ties and go-betweens, see ROUTE_COSTS), then by length. Empty when the
 * target cannot be reached without tension/conflict ties.
 */
export function findRoutes(g: RouteGraph, from: string, to: string, limit = 3): Route[] {
  const { graph } = g;
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return [];
  const routes: Route[] = [];
  for (const [first, paths] of onwardPaths(g, from)) {
    if (first === to) routes.push(toRoute(g, [from, to]));
    else {
      const rest = paths[to];
      if (rest && rest.length > 0) routes.push(toRoute(g, [from, ...rest]));
    }
  }
  return routes.sort((a, b) => a.cost - b.cost || a.path.length - b.path.length || a.path.join().localeCompare(b.path.join())).slice(0, limit);
}

/** Actors (of `among`) that no route from any of `us` reaches. */
export function unreachableFrom(g: RouteGraph, us: readonly string[], among: readonly string[]): string[] {
  const reached = new Set<string>();
  for (const source of us) {
    if (!g.graph.hasNode(source)) continue;
    for (const id of Object.keys(dijkstra.singleSource(g.graph, source, 'cost'))) reached.add(id);
  }
  return among.filter((id) => !reached.has(id));
}
