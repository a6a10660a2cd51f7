import type { Core, NodeCollection, Position } from 'cytoscape';
import type { LayoutPositions } from './layout-input';
import { HIDE_EDGES_FROM } from '../level-of-detail/choose-render';
import { nextSliceSize, positionsBox, type Box } from './apply-slices';
import { canvasRenderer } from '../cytoscape-internals';

/** How the gradual apply reports, is stopped and moves the view. */
export interface ApplyPositionsOptions {
  /** Aborting stops the apply; the actors moved so far go back, the map is unchanged. */
  readonly signal?: AbortSignal;
  /** Progress of the apply, 0–1. */
  readonly onProgress?: (fraction: number) => void;
  /** Fits the view to this model box (the new layout's extent), before the actors move. */
  readonly fitBox?: (box: Box) => void;
}

/** Actors moved in the first frame; later frames follow the measured frame time. */
const FIRST_SLICE = 300;
/** Relations measured in the first frame of the second pass. */
const FIRST_EDGE_SLICE = 1_000;
/** The share of the apply's progress bar for moving the actors (the rest: measuring relations). */
const NODES_SHARE = 0.7;
/** Longest wait for a frame (a hidden window draws no frames; the apply must still finish). */
const FRAME_TIMEOUT_MS = 250;
/** Room around the new layout's extent for the labels under the actors, in model px. */
const LABEL_MARGIN = 40;

const canvasFlags = canvasRenderer;

/**
 * Whether a layout of `actors` actors goes onto this canvas in slices: maps big enough that their
 * relations are hidden while the view moves (see level-of-detail), on Cytoscape's canvas renderer.
 */
export function appliesInSlices(cy: Core, actors: number): boolean {
  return actors >= HIDE_EDGES_FROM && canvasFlags(cy) !== null;
}

/** Resolves after the next frame has been drawn (or after a timeout when no frame comes). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_TIMEOUT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Runs `step(from, to)` over 0…count in slices, one slice per frame, sizing each slice from how long
 * the last frame took. Stops early when `stopped()` says so.
 */
async function inSlices(count: number, first: number, stopped: () => boolean, step: (from: number, to: number) => void): Promise<void> {
  let size = first;
  for (let done = 0; done < count && !stopped(); ) {
    const started = performance.now();
    const to = Math.min(count, done + size);
    step(done, to);
    done = to;
    await afterNextFrame();
    size = nextSliceSize(size, performance.now() - started);
  }
}

/**
 * Keeps Cytoscape drawing without relations until released: its renderer leaves them out while
 * the viewport animates (`hideEdgesOnViewport`), so a still animation of the viewport (to where it
 * already is) holds that mode; the flag is set for the time of the hold, whatever the map's render
 * choice. The user cannot pan meanwhile; the progress card is shown.
 */
function holdRelationsHidden(cy: Core): () => void {
  const flags = canvasFlags(cy);
  const hiding = flags?.hideEdgesOnViewport;
  // Set last: a handler of the viewport change may have set the flag meanwhile.
  const hold = cy.animation({ zoom: cy.zoom(), pan: { ...cy.pan() }, duration: 10 * 60_000 });
  hold.play();
  if (flags) flags.hideEdgesOnViewport = true;
  return () => {
    hold.stop();
    // Ends it now (a stopped animation would otherwise count as running until the next frame).
    cy.stop();
    if (flags && hiding !== undefined) flags.hideEdgesOnViewport = hiding;
  };
}

/**
 * Puts a layout's positions on the canvas. On a map whose relations are hidden while the view
 * moves (1 000+ actors), the actors move in slices, one slice per frame, with relations left out
 * until the last one: each frame then recalculates and draws only a part, instead of one task that
 * recalculates all relations and redraws every element (0.3–0.7 s at 5 000 actors). Smaller maps
 * get all positions at once. Resolves true when done, false when stopped (actors put back).
 */
export async function applyPositions(cy: Core, nodes: NodeCollection, positions: LayoutPositions, options: ApplyPositionsOptions = {}): Promise<boolean> {
  const target = (node: { id(): string; position(): Position }): Position => positions.get(node.id()) ?? node.position();
  if (!appliesInSlices(cy, nodes.length)) {
    nodes.positions(target);
    return true;
  }
  const box = positionsBox(positions, LABEL_MARGIN);
  if (box) options.fitBox?.(box);
  const release = holdRelationsHidden(cy);
  const before = new Map<string, Position>();
  const stopped = (): boolean => options.signal?.aborted === true || cy.destroyed();
  try {
    await inSlices(nodes.length, FIRST_SLICE, stopped, (from, to) => {
      const slice = nodes.slice(from, to);
      slice.forEach((node) => {
        before.set(node.id(), { ...node.position() });
      });
      slice.positions(target);
      options.onProgress?.((to / nodes.length) * NODES_SHARE);
    });
    // Still hidden: the relations' outlines are measured a slice at a time too; otherwise the first
    // frame that draws them measures all of them (0.3–0.6 s at 10 000 relations).
    const edges = nodes.connectedEdges();
    await inSlices(edges.length, FIRST_EDGE_SLICE, stopped, (from, to) => {
      edges.slice(from, to).boundingBox();
      options.onProgress?.(NODES_SHARE + (to / edges.length) * (1 - NODES_SHARE));
    });
  } finally {
    if (!cy.destroyed()) release();
  }
  if (options.signal?.aborted && !cy.destroyed()) {
    // Stopped while applying: every actor goes back where it was; the map is unchanged.
    nodes.filter((node) => before.has(node.id())).positions((node) => before.get(node.id()) ?? node.position());
    return false;
  }
  return !cy.destroyed();
}
