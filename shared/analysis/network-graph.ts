import Graph from 'graphology';
import type { MapDocument, Relation } from '../domain/map-document';
import { countsAsConnection, type AnalysisOptions } from './options';

/** Attributes of one edge of the analysis graph: parallel relations between two actors merged. */
export interface TieAttributes {
  /** The strongest strength among the merged relations (1–3). */
  strength: number;
  /** Path length used by weighted measures: a strong tie is a short way. */
  distance: number;
  relationIds: string[];
}

/** Thrown for a document that cannot be read as a network (e.g. a relation from an actor to itself). */
export class AnalysisInputError extends Error {
  override readonly name = 'AnalysisInputError';
}

/** The map as a simple graph plus the relations that took part. */
export interface Network {
  readonly graph: Graph<Record<string, never>, TieAttributes>;
  /** Relations counted as connections (after leaving out tension ties unless included). */
  readonly relations: readonly Relation[];
}

/**
 * Builds a simple graphology graph from a map: one node per actor, one edge per connected pair
 * (parallel relations merged, strongest wins). Undirected unless `respectDirection`; then a directed
 * relation is one arc and an undirected one two arcs. Refuses self-loops.
 */
export function buildNetwork(doc: Pick<MapDocument, 'actors' | 'relations'>, options: AnalysisOptions): Network {
  const graph = new Graph<Record<string, never>, TieAttributes>({
    type: options.respectDirection ? 'directed' : 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  for (const actor of doc.actors) graph.mergeNode(actor.id);
  const relations: Relation[] = [];
  doc.relations.forEach((rel, index) => {
    if (rel.from === rel.to) {
      throw new AnalysisInputError(`relations[${index}]: een relatie van "${rel.from}" naar zichzelf telt niet als band`);
    }
    if (!graph.hasNode(rel.from) || !graph.hasNode(rel.to)) {
      throw new AnalysisInputError(`relations[${index}]: onbekende actor in "${rel.from}" → "${rel.to}"`);
    }
    if (!countsAsConnection(rel.kind, options)) return;
    relations.push(rel);
    const arcs: [string, string][] =
      options.respectDirection && !rel.directed ? [[rel.from, rel.to], [rel.to, rel.from]] : [[rel.from, rel.to]];
    for (const [source, target] of arcs) {
      const existing = graph.edge(source, target);
      if (existing === undefined) {
        graph.addEdge(source, target, { strength: rel.strength, distance: 1 / rel.strength, relationIds: [rel.id] });
      } else {
        graph.updateEdgeAttributes(existing, (attr) => {
          const strength = Math.max(attr.strength, rel.strength);
          return { strength, distance: 1 / strength, relationIds: [...attr.relationIds, rel.id] };
        });
      }
    }
  });
  return { graph, relations };
}

/** The same network with every arc as an undirected tie (for components, communities, islands). */
export function undirectedView(network: Network): Graph<Record<string, never>, TieAttributes> {
  const { graph } = network;
  if (graph.type === 'undirected') return graph;
  const out = new Graph<Record<string, never>, TieAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => out.addNode(node));
  graph.forEachEdge((_edge, attr, source, target) => {
    const existing = out.edge(source, target);
    if (existing === undefined) out.addEdge(source, target, { ...attr, relationIds: [...attr.relationIds] });
    else {
      out.updateEdgeAttributes(existing, (old) => {
        const strength = Math.max(old.strength, attr.strength);
        const relationIds = [...new Set([...old.relationIds, ...attr.relationIds])];
        return { strength, distance: 1 / strength, relationIds };
      });
    }
  });
  return out;
}
