import type { Core, NodeSingular } from 'cytoscape';
import { nearestInDirection, nearestTo, type Direction, type PlacedActor } from './spatial-nav';

/** Room kept between a revealed actor and the canvas edge (rendered pixels). */
const REVEAL_MARGIN = 48;

function isActor(n: NodeSingular): boolean {
  return n.visible() && !n.hasClass('eh-ghost') && n.data('synthetic') !== true && !n.hasClass('emphasis-dimmed');
}

/** The visible actors where they are drawn (model coordinates). */
function placedActors(cy: Core): PlacedActor[] {
  return cy
    .nodes()
    .filter(isActor)
    .nodes()
    .map((n) => ({ id: n.id(), ...n.position() }));
}

/**
 * The actor the arrow key moves to: the nearest one in that direction from `fromId`, or, when
 * nothing (visible) is selected, the one nearest the middle of the view.
 */
export function actorToward(cy: Core, fromId: string | null, direction: Direction): string | null {
  const actors = placedActors(cy);
  const from = fromId === null ? undefined : actors.find((a) => a.id === fromId);
  if (!from) {
    const e = cy.extent();
    return nearestTo({ x: e.x1 + e.w / 2, y: e.y1 + e.h / 2 }, actors);
  }
  return nearestInDirection(from, actors, direction);
}

/** Pans just enough (animated) that the node and its label lie inside the canvas with a margin. */
export function revealNode(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const box = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
  const shift = (low: number, high: number, size: number): number => {
    if (high - low > size - 2 * REVEAL_MARGIN) return size / 2 - (low + high) / 2;
    if (low < REVEAL_MARGIN) return REVEAL_MARGIN - low;
    if (high > size - REVEAL_MARGIN) return size - REVEAL_MARGIN - high;
    return 0;
  };
  const dx = shift(box.x1, box.x2, cy.width());
  const dy = shift(box.y1, box.y2, cy.height());
  if (dx === 0 && dy === 0) return;
  const pan = cy.pan();
  cy.stop(true, true);
  cy.animate({ pan: { x: pan.x + dx, y: pan.y + dy }, duration: 200, easing: 'ease-out-cubic' });
}
