import type { ActorKind } from '../domain/vocabulary';
import type { MapDocument } from '../domain/map-document';
import { computeCentrality } from './centrality';
import { detectCommunities } from './communities';
import { formalInformalBridges, type FormalInformalBridges } from './formal-informal';
import { buildNetwork, undirectedView } from './network-graph';
import type { AnalysisOptions } from './options';
import { siloIndex, type SiloRow } from './silo';
import { componentsOf, densityOf } from './structure';

/** All measures of one actor. */
export interface ActorMeasures {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly category: string;
  readonly area: string;
  readonly degree: number;
  readonly weightedDegree: number;
  readonly betweenness: number;
  readonly betweennessNormalised: number;
  readonly closeness: number;
  /** Id of the actor's community (`g1`, `g2`, …), null for an actor without ties. */
  readonly community: string | null;
  /** Index into `components` (0 = the biggest group). */
  readonly component: number;
}

/** A community: actors tied more among themselves than to the rest, named after its most central actor. */
export interface Community {
  readonly id: string;
  readonly name: string;
  readonly centralActorId: string;
  readonly actorIds: readonly string[];
}

/** Everything the analysis panel, the command line and the comparison show. */
export interface MapAnalysis {
  readonly options: AnalysisOptions;
  readonly actorCount: number;
  /** Relations counted as connections. */
  readonly relationCount: number;
  /** Relations left out (tension ties unless included). */
  readonly excludedRelationCount: number;
  readonly counts: {
    readonly actorsByKind: Readonly<Record<string, number>>;
    readonly actorsByCategory: Readonly<Record<string, number>>;
    readonly relationsByKind: Readonly<Record<string, number>>;
  };
  /** Sorted by normalised betweenness, highest first. */
  readonly actors: readonly ActorMeasures[];
  /** Groups of actors tied together, biggest first (isolated actors are groups of one). */
  readonly components: readonly (readonly string[])[];
  /** Groups of two or more actors with no tie to the biggest group. */
  readonly islands: readonly (readonly string[])[];
  /** Actors without any counted tie. */
  readonly isolated: readonly string[];
  readonly communities: readonly Community[];
  readonly bridges: FormalInformalBridges;
  readonly silos: { readonly category: readonly SiloRow[]; readonly area: readonly SiloRow[] };
  readonly density: number;
  /** Mean steps between actors that can reach each other; null when no two can. */
  readonly averagePathLength: number | null;
  /**
   * Null when betweenness, closeness and path length are exact. On maps above
   * `EXACT_PATHS_MAX_ACTORS` they are estimated from `sources` of `of` start actors, and
   * `topStandardError` is the largest standard error that leaves on a normalised betweenness of the ten highest.
   */
  readonly estimate: { readonly sources: number; readonly of: number; readonly topStandardError: number } | null;
}

/** Called between the steps of a long analysis: a label and how far along (0–1). */
export type ProgressListener = (step: string, fraction: number) => void;

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/**
 * Analyses a map as a network: per-actor centrality and community, islands, isolated actors,
 * formal–informal bridges, silo index per category and area, density and average path length.
 * Pure; the same function serves the app (in a Web Worker), the command line and the comparison.
 */
export function analyseMap(
  doc: Pick<MapDocument, 'actors' | 'relations'>,
  options: AnalysisOptions,
  onProgress: ProgressListener = () => undefined,
): MapAnalysis {
  onProgress('netwerk', 0);
  const network = buildNetwork(doc, options);
  const undirected = undirectedView(network);
  onProgress('centraliteit', 0.1);
  const { byActor: centrality, averagePathLength: avgPath, estimate } = computeCentrality(network, options, (f) => onProgress('centraliteit', 0.1 + 0.7 * f));
  onProgress('eilanden', 0.8);
  const components = componentsOf(undirected);
  const componentOf = new Map<string, number>();
  components.forEach((members, i) => members.forEach((id) => componentOf.set(id, i)));
  onProgress('gemeenschappen', 0.85);
  const rawCommunities = detectCommunities(undirected, options.weighted);

  const measures: ActorMeasures[] = doc.actors.map((actor) => {
    const c = centrality.get(actor.id);
    return {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      category: actor.category,
      area: actor.area,
      degree: c?.degree ?? 0,
      weightedDegree: c?.weightedDegree ?? 0,
      betweenness: c?.betweenness ?? 0,
      betweennessNormalised: c?.betweennessNormalised ?? 0,
      closeness: c?.closeness ?? 0,
      community: null,
      component: componentOf.get(actor.id) ?? 0,
    };
  });
  const rank = (a: ActorMeasures, b: ActorMeasures) =>
    b.betweennessNormalised - a.betweennessNormalised || b.degree - a.degree || a.name.localeCompare(b.name, 'nl');
  measures.sort(rank);

  // Communities: named after the most central member; numbered by size.
  const members = new Map<number, ActorMeasures[]>();
  for (const m of measures) {
    const c = rawCommunities.get(m.id);
    if (c === null || c === undefined) continue;
    const list = members.get(c) ?? [];
    list.push(m);
    members.set(c, list);
  }
  const groups = [...members.values()].sort((a, b) => b.length - a.length || rank(a[0]!, b[0]!));
  const communityOf = new Map<string, string>();
  const communities: Community[] = groups.map((list, i) => {
    const id = `g${i + 1}`;
    for (const m of list) communityOf.set(m.id, id);
    const central = list[0]!;
    return { id, name: central.name, centralActorId: central.id, actorIds: list.map((m) => m.id) };
  });
  const actors = measures.map((m) => ({ ...m, community: communityOf.get(m.id) ?? null }));

  onProgress('bruggen', 0.9);
  const counted = network.relations;
  const result: MapAnalysis = {
    options,
    actorCount: doc.actors.length,
    relationCount: counted.length,
    excludedRelationCount: doc.relations.length - counted.length,
    counts: {
      actorsByKind: countBy(doc.actors, (a) => a.kind),
      actorsByCategory: countBy(doc.actors, (a) => a.category),
      relationsByKind: countBy(doc.relations, (r) => r.kind),
    },
    actors,
    components,
    islands: components.slice(1).filter((c) => c.length >= 2),
    isolated: components.filter((c) => c.length === 1).map((c) => c[0]!).sort(),
    communities,
    bridges: formalInformalBridges(doc.actors, counted),
    silos: { category: siloIndex(doc.actors, counted, 'category'), area: siloIndex(doc.actors, counted, 'area') },
    density: densityOf(network),
    averagePathLength: avgPath,
    estimate,
  };
  onProgress('klaar', 1);
  return result;
}
