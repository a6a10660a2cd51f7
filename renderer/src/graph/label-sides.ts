import type { Core } from 'cytoscape';
import { placeLabels, type LabelledNode } from '../../../shared/layout/label-placement';

/** Above this many actors the canvas keeps every label below its node (placement would cost a frame). */
export const LABEL_PLACEMENT_MAX = 3000;

/**
 * Places the actor labels on the canvas with the pure placement print uses too: each label below,
 * above, right or left of its node where it touches no other label or node, shortened when nowhere
 * fits (the full name stays on hover and focus). Run after positions change.
 */
export function applyLabelSides(cy: Core): void {
  const nodes = cy.nodes('[labelText]').filter((n) => !n.isParent()).nodes();
  if (nodes.length > LABEL_PLACEMENT_MAX) return;
  // Bigger actors first: they keep their label below when two compete.
  const input: LabelledNode[] = nodes
    .map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y'), size: Math.max(n.width(), n.height()), name: String(n.data('label') ?? '') }))
    .sort((a, b) => b.size - a.size);
  const placements = placeLabels(input);
  cy.batch(() => {
    for (const node of nodes) {
      const placement = placements.get(node.id());
      if (!placement) continue;
      const text = placement.lines.join('\n');
      if (node.data('labelText') !== text) node.data('labelText', text);
      if ((node.data('labelSide') ?? 'bottom') !== placement.side) node.data('labelSide', placement.side);
    }
  });
}
