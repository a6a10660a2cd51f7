import type { Actor, MapDocument, Position, Relation } from '../../../shared/domain/map-document';

/** What a node carries into Cytoscape: only the fields the stylesheet and the UI read. */
export interface NodeData {
  readonly id: string;
  readonly label: string;
  readonly kind: Actor['kind'];
  readonly category: string;
  readonly influence: number;
  readonly isPerson: boolean;
  /** Force-field overlay: stance key, see renderer/src/forcefield/overlay-elements.ts. */
  readonly stance?: string;
  /** Force-field overlay: 0 no route shown, 1 on the route, 2 dimmed. */
  readonly route?: number;
}

/** What an edge carries into Cytoscape. */
export interface EdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly strength: number;
  readonly directed: boolean;
  /** Force-field overlay: 0 no route shown, 1 on the route, 2 dimmed. */
  readonly route?: number;
}

/** One actor as a canvas node; it always has a position. */
export interface NodeElement {
  readonly group: 'nodes';
  readonly data: NodeData;
  readonly position: Position;
}

/** One relation as a canvas edge. */
export interface EdgeElement {
  readonly group: 'edges';
  readonly data: EdgeData;
}

/** A canvas element, derived from the map document (never the other way round). */
export type GraphElement = NodeElement | EdgeElement;

/** Spacing of the fallback grid for actors that were never placed (older or imported maps). */
export const FALLBACK_SPACING = 140;

/** A stable position for the i-th unplaced actor: a square grid around the origin. */
export function fallbackPosition(index: number, total: number): Position {
  const columns = Math.max(1, Math.ceil(Math.sqrt(total)));
  const column = index % columns;
  const row = Math.floor(index / columns);
  const offset = ((columns - 1) * FALLBACK_SPACING) / 2;
  return { x: column * FALLBACK_SPACING - offset, y: row * FALLBACK_SPACING - offset };
}

/** The node for one actor. */
export function actorToNode(actor: Actor, fallback: Position): NodeElement {
  return {
    group: 'nodes',
    data: {
      id: actor.id,
      label: actor.name,
      kind: actor.kind,
      category: actor.category,
      influence: actor.influence,
      isPerson: actor.isPerson,
    },
    position: actor.position ?? fallback,
  };
}

/** The edge for one relation. */
export function relationToEdge(relation: Relation): EdgeElement {
  return {
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.from,
      target: relation.to,
      kind: relation.kind,
      strength: relation.strength,
      directed: relation.directed,
    },
  };
}

/**
 * All canvas elements of a map: nodes first (in document order), then edges. Pure; relations whose
 * ends are missing are left out rather than breaking the canvas.
 */
export function toElements(doc: MapDocument): GraphElement[] {
  const unplaced = doc.actors.filter((a) => a.position === null).length;
  let nextUnplaced = 0;
  const nodes = doc.actors.map((actor) => {
    const fallback = actor.position === null ? fallbackPosition(nextUnplaced++, unplaced) : { x: 0, y: 0 };
    return actorToNode(actor, fallback);
  });
  const ids = new Set(doc.actors.map((a) => a.id));
  const edges = doc.relations.filter((r) => ids.has(r.from) && ids.has(r.to)).map(relationToEdge);
  return [...nodes, ...edges];
}
