import type { Core, NodeCollection } from 'cytoscape';
import type { ActorMove } from '../../../shared/commands/command';
import type { Position } from '../../../shared/domain/map-document';
import { realNodes, settlePositions } from '../graph/layout';
import { networkRequest, runNetworkLayout } from '../graph/small-layout/run-small-layout';
import { byInfluence, byKind, centroid, clusters, rings, type LayoutActor } from './arrangements';

/** The layouts a user can choose. */
export const LAYOUT_KINDS = ['force', 'rings-kind', 'rings-influence', 'group-category', 'group-area'] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

/** What to lay out: which layout, and (for "keep my positions") the only actors that may move. */
export interface LayoutRequest {
  readonly kind: LayoutKind;
  /** Null: everything moves. Otherwise only these actors (the selected and the never-placed ones). */
  readonly movable: readonly string[] | null;
}

function positionsOf(nodes: NodeCollection): Map<string, Position> {
  return new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
}

function actorOf(n: NodeCollection[number]): LayoutActor {
  return {
    id: n.id(),
    kind: n.data('kind') === 'informeel' ? 'informeel' : 'formeel',
    influence: Number(n.data('influence')) || 3,
    category: String(n.data('category') ?? ''),
    area: '',
    name: String(n.data('label') ?? ''),
    size: Math.max(n.width(), n.height()),
  };
}

/** The network (stress) layout's targets; with `fixed`, those actors stay exactly where they are. */
function networkTargets(cy: Core, fixed: ReadonlySet<string>): Promise<Map<string, Position>> {
  return runNetworkLayout(networkRequest(cy.elements().not('.eh-ghost, .eh-preview, [?synthetic]'), [...fixed]));
}

function targetsFor(cy: Core, leaves: NodeCollection, request: LayoutRequest, areaOf: (id: string) => string): Promise<Map<string, Position>> {
  const actors = leaves.map((n) => ({ ...actorOf(n), area: areaOf(n.id()) }));
  const centre = centroid([...positionsOf(leaves).values()]);
  switch (request.kind) {
    case 'force': {
      const movable = new Set(request.movable ?? leaves.map((n) => n.id()));
      return networkTargets(cy, new Set(leaves.map((n) => n.id()).filter((id) => !movable.has(id))));
    }
    case 'rings-kind':
      return Promise.resolve(rings(actors, byKind, centre));
    case 'rings-influence':
      return Promise.resolve(rings(actors, byInfluence, centre));
    case 'group-category':
      return Promise.resolve(clusters(actors, (a) => a.category, centre).positions);
    case 'group-area':
      return Promise.resolve(clusters(actors, (a) => a.area, centre).positions);
  }
}

/**
 * Runs the chosen layout: computes where the actors should go, then animates them there and
 * resolves with the moves of the actors that moved (one undoable `actors.move`). Groups follow
 * their members; with `movable` only those actors move and everyone else keeps their place.
 */
export async function runChosenLayout(cy: Core, request: LayoutRequest, areaOf: (id: string) => string): Promise<ActorMove[]> {
  const leaves = realNodes(cy).filter((n) => !n.isParent()).nodes();
  if (leaves.empty()) return [];
  const targets = await targetsFor(cy, leaves, request, areaOf);
  const movable = request.movable ? new Set(request.movable) : null;
  const moving = leaves.filter((n) => targets.has(n.id()) && (movable === null || movable.has(n.id()))).nodes();
  if (moving.empty()) return [];
  await new Promise<void>((resolve) => {
    moving
      .layout({
        name: 'preset',
        positions: Object.fromEntries(moving.map((n) => [n.id(), targets.get(n.id()) ?? n.position()])),
        animate: true,
        animationDuration: 450,
        fit: false,
        stop: () => resolve(),
      })
      .run();
  });
  const parents = realNodes(cy).filter((n) => n.isParent()).nodes();
  return settlePositions(cy, moving.union(parents).nodes());
}
