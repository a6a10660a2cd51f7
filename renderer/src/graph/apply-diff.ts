import type { Core, ElementDefinition } from 'cytoscape';
import type { ElementDiff } from './diff';
import type { GraphElement } from './elements';

/** The Cytoscape definition of one element (a fresh copy: Cytoscape keeps what it is given). */
export function toDefinition(el: GraphElement): ElementDefinition {
  if (el.group === 'edges') return { group: 'edges', data: { ...el.data } };
  const { parent, ...data } = el.data;
  return { group: 'nodes', data: parent === null ? data : { ...data, parent }, position: { ...el.position } };
}

/** Applies a diff to the canvas in one batch (one redraw): removals, then additions, then updates. */
export function applyDiff(cy: Core, diff: ElementDiff): void {
  cy.batch(() => {
    // Removing a group node would take its members with it: move them out first.
    for (const id of diff.remove) {
      const el = cy.getElementById(id);
      if (el.isNode() && el.isParent()) el.children().move({ parent: null });
      el.remove();
    }
    if (diff.add.length > 0) cy.add(diff.add.map(toDefinition));
    for (const change of diff.update) {
      const el = cy.getElementById(change.id);
      if (el.empty()) continue;
      if (change.data) {
        const { parent, ...rest } = change.data as { parent?: string | null };
        // A node's parent cannot be changed through data(); it has to be moved.
        if (parent !== undefined && el.isNode()) el.move({ parent: parent ?? null });
        el.data(rest);
      }
      // A group's position follows its members; setting it would shift all of them.
      if (change.position && el.isNode() && !el.isParent()) el.position({ ...change.position });
    }
  });
}
