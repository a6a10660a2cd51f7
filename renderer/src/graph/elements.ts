import type { Actor, MapDocument, Position, Relation } from '../../../shared/domain/map-document';
import { wrapLabel } from '../../../shared/layout/label-box';
import type { LabelSide } from '../../../shared/layout/label-placement';

/** What a node carries into Cytoscape: only the fields the stylesheet and the UI read. */
export interface NodeData {
  readonly id: string;
  readonly label: string;
  /** The label as drawn: wrapped into lines (and shortened) by shared/layout, so layouts can space for it. */
  readonly labelText?: string;
  /** Which side of the node the label sits on (label placement); below when absent. */
  readonly labelSide?: LabelSide;
  readonly kind: Actor['kind'];
  readonly category: string;
  readonly influence: number;
  readonly isPerson: boolean;
  /** Force-field overlay: stance key, see renderer/src/forcefield/overlay-elements.ts. */
  readonly stance?: string;
  /** Force-field overlay: 0 no route shown, 1 on the route, 2 dimmed. */
  readonly route?: number;
  /** The group node this node sits in (an actor's organisation, or a buurt group); null at top level. */
  readonly parent: string | null;
  /** The actor has no stored position yet (imported without one): the canvas lays it out when the map opens. */
  readonly unplaced?: boolean;
  /** True for group nodes that are not actors (buurten shown as groups): not selectable, not stored. */
  readonly synthetic?: boolean;
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
      labelText: wrapLabel(actor.name).join('\n'),
      kind: actor.kind,
      category: actor.category,
      influence: actor.influence,
      isPerson: actor.isPerson,
      parent: actor.parentId ?? null,
      ...(actor.position === null ? { unplaced: true } : {}),
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
export function toElements(doc: MapDocument, options: { readonly areaGroups?: boolean } = {}): GraphElement[] {
  const unplaced = doc.actors.filter((a) => a.position === null).length;
  let nextUnplaced = 0;
  const actorNodes = doc.actors.map((actor) => {
    const fallback = actor.position === null ? fallbackPosition(nextUnplaced++, unplaced) : { x: 0, y: 0 };
    return actorToNode(actor, fallback);
  });
  const nodes = parentsFirst(options.areaGroups ? withAreaGroups(actorNodes, doc.actors) : actorNodes);
  const ids = new Set(doc.actors.map((a) => a.id));
  const edges = doc.relations.filter((r) => ids.has(r.from) && ids.has(r.to)).map(relationToEdge);
  return [...nodes, ...edges];
}

/** The id of the group node of a buurt (never an actor id: those have no `:`-prefix "buurt:"). */
export function areaGroupId(area: string): string {
  return `buurt:${area}`;
}

/** Puts top-level actors with a buurt into one group node per buurt. */
function withAreaGroups(nodes: readonly NodeElement[], actors: readonly Actor[]): NodeElement[] {
  const areaOf = new Map(actors.map((a) => [a.id, a.area.trim()]));
  const groups = new Map<string, NodeElement>();
  const out = nodes.map((node) => {
    const area = areaOf.get(node.data.id) ?? '';
    if (node.data.parent !== null || area === '') return node;
    const id = areaGroupId(area);
    if (!groups.has(id)) {
      groups.set(id, {
        group: 'nodes',
        data: { id, label: area, kind: 'formeel', category: 'buurt', influence: 3, isPerson: false, parent: null, synthetic: true },
        position: node.position,
      });
    }
    return { ...node, data: { ...node.data, parent: id } };
  });
  return [...groups.values(), ...out];
}

/** Orders nodes so every group comes before its members (Cytoscape needs the parent first). */
function parentsFirst(nodes: readonly NodeElement[]): NodeElement[] {
  const byId = new Map(nodes.map((n) => [n.data.id, n]));
  const depth = (n: NodeElement): number => {
    let d = 0;
    for (let p = n.data.parent; p !== null && d < nodes.length; p = byId.get(p)?.data.parent ?? null) d++;
    return d;
  };
  return nodes
    .map((n, i) => ({ n, i, d: depth(n) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.n);
}
