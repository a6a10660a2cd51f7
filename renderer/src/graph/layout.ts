import type { Core, NodeCollection } from 'cytoscape';
import type { ActorMove } from '../../../shared/commands/command';
import { applyPositions } from './large-layout/apply-positions';
import type { Box } from './large-layout/apply-slices';
import { largeLayoutPositions, usesLargeLayout } from './large-layout/on-canvas';
import type { LargeLayoutOptions } from './large-layout/run-large-layout';
import { networkRequest, runNetworkLayout } from './small-layout/run-small-layout';

/** How "Indeling" reports, is stopped and moves the view (large maps; small maps ignore it). */
export interface LayoutRunOptions extends LargeLayoutOptions {
  /** The computed layout is being put on the canvas, slice by slice: progress 0–1 of that step. */
  readonly onApplying?: (fraction: number) => void;
  /** Fits the view to the new layout's extent before the actors move there. */
  readonly fitBox?: (box: Box) => void;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The current positions of the given nodes, as moves for one `actors.move` command. */
export function positionsOf(nodes: NodeCollection): ActorMove[] {
  return nodes.map((node) => {
    const p = node.position();
    return { id: node.id(), position: { x: round(p.x), y: round(p.y) } };
  });
}

/**
 * Reads the positions of the given nodes rounded to 0.1 px and puts the nodes exactly there, so
 * the canvas shows precisely what will be stored (no sub-pixel drift between screen and file).
 */
export function settlePositions(cy: Core, nodes: NodeCollection): ActorMove[] {
  const moves = positionsOf(nodes);
  cy.batch(() => {
    for (const move of moves) if (move.position) cy.getElementById(move.id).position(move.position);
  });
  return moves;
}

/** The real nodes on the canvas: actors, not temporary edge-drawing nodes or buurt groups. */
export function realNodes(cy: Core): NodeCollection {
  return cy.nodes().not('.eh-ghost').not('[?synthetic]');
}

/**
 * Runs the layout on the canvas and resolves with the new positions of all actors (empty when
 * cancelled). The canvas shows them at once; the caller sends them to main as one undoable
 * `actors.move`. Small maps: the stress "Netwerk" layout (shared/layout/network-layout) in a Web Worker; large maps: ForceAtlas2 in a Web Worker, with
 * progress and cancel through `options`, its result put on the canvas in slices (applyPositions).
 */
export async function runLayout(cy: Core, options: LayoutRunOptions = {}): Promise<ActorMove[]> {
  const nodes = realNodes(cy);
  if (nodes.empty()) return [];
  if (usesLargeLayout(nodes.length)) {
    const positions = await largeLayoutPositions(cy, nodes, options);
    if (!positions || cy.destroyed()) return [];
    // The worker's positions are already rounded to 0.1 px; big maps get them over several frames.
    const applied = await applyPositions(cy, nodes, positions, { signal: options.signal, onProgress: options.onApplying, fitBox: options.fitBox });
    return applied ? positionsOf(nodes) : [];
  }
  const eles = cy.elements().not('.eh-ghost, .eh-preview');
  const positions = await runNetworkLayout(networkRequest(eles));
  if (cy.destroyed()) return [];
  cy.batch(() => {
    // Groups follow their members; only the members (and loose actors) are placed.
    nodes.forEach((node) => {
      const p = positions.get(node.id());
      if (p && !node.isParent()) node.position({ x: p.x, y: p.y });
    });
  });
  return settlePositions(cy, nodes);
}

/**
 * Lays out the actors that have no stored position yet (an imported map), around those that have
 * one; resolves with their moves (empty when all are placed, or on a large map, which keeps its
 * grid until "Indeling").
 */
export async function placeUnplaced(cy: Core): Promise<ActorMove[]> {
  const nodes = realNodes(cy).filter((n) => !n.isParent()).nodes();
  const unplaced = nodes.filter((n) => n.data('unplaced') === true).nodes();
  if (unplaced.empty() || usesLargeLayout(nodes.length)) return [];
  const fixed = nodes.filter((n) => n.data('unplaced') !== true).map((n) => n.id());
  const positions = await runNetworkLayout(networkRequest(cy.elements().not('.eh-ghost, .eh-preview'), fixed)).catch(() => null);
  if (!positions || cy.destroyed()) return [];
  cy.batch(() => {
    unplaced.forEach((node) => {
      const p = positions.get(node.id());
      if (p) node.position({ x: p.x, y: p.y });
    });
  });
  return settlePositions(cy, unplaced);
}
