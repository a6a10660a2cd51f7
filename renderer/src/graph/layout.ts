import type { BaseLayoutOptions, Core, NodeCollection } from 'cytoscape';
import type { ActorMove } from '../../../shared/commands/command';
import { applyPositions } from './large-layout/apply-positions';
import type { Box } from './large-layout/apply-slices';
import { largeLayoutPositions, usesLargeLayout } from './large-layout/on-canvas';
import type { LargeLayoutOptions } from './large-layout/run-large-layout';
import { fcoseRequest, runSmallLayoutInWorker } from './small-layout/run-small-layout';

/** How "Indeling" reports, is stopped and moves the view (large maps; small maps ignore it). */
export interface LayoutRunOptions extends LargeLayoutOptions {
  /** The computed layout is being put on the canvas, slice by slice: progress 0–1 of that step. */
  readonly onApplying?: (fraction: number) => void;
  /** Fits the view to the new layout's extent before the actors move there. */
  readonly fitBox?: (box: Box) => void;
}

/** The fcose options Wijkweb uses (the package has no typings of its own). */
interface FcoseLayoutOptions extends BaseLayoutOptions {
  readonly name: 'fcose';
  readonly quality: 'draft' | 'default' | 'proof';
  readonly randomize: boolean;
  readonly animate: boolean;
  readonly fit: boolean;
  readonly nodeDimensionsIncludeLabels: boolean;
  readonly packComponents: boolean;
  readonly nodeRepulsion: number;
  readonly idealEdgeLength: number;
  readonly nodeSeparation: number;
  readonly gravity: number;
  readonly numIter: number;
}

/** Tuned for 5–300 actors with labels below the nodes. */
export const LAYOUT_OPTIONS: Omit<FcoseLayoutOptions, 'stop'> = {
  name: 'fcose',
  // Start from where the user put things, so repeating "Indeling" tidies rather than shuffles.
  quality: 'proof',
  randomize: false,
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: true,
  packComponents: false,
  nodeRepulsion: 12_000,
  idealEdgeLength: 140,
  nodeSeparation: 110,
  gravity: 0.3,
  numIter: 2500,
};

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
 * `actors.move`. Small maps: fcose in a Web Worker on a headless Cytoscape; large maps: ForceAtlas2 in a Web Worker, with
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
  const positions = await runSmallLayoutInWorker(fcoseRequest(eles, { ...LAYOUT_OPTIONS })).catch(() => null);
  if (cy.destroyed()) return [];
  if (positions) {
    cy.batch(() => {
      // Groups follow their members; only the members (and loose actors) are placed.
      eles.nodes().forEach((node) => {
        const p = positions.get(node.id());
        if (p && !node.isParent()) node.position({ x: p.x, y: p.y });
      });
    });
    return settlePositions(cy, nodes);
  }
  // No worker here (a page policy): fcose on the UI thread, as it always could.
  return new Promise((resolve) => {
    const options: FcoseLayoutOptions = { ...LAYOUT_OPTIONS, stop: () => resolve(settlePositions(cy, nodes)) };
    eles.layout(options).run();
  });
}
