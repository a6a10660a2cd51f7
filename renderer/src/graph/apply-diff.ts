import type { Core, ElementDefinition } from 'cytoscape';
import type { ElementDiff } from './diff';
import type { GraphElement } from './elements';

/** The Cytoscape definition of one element (a fresh copy: Cytoscape keeps what it is given). */
export function toDefinition(el: GraphElement): ElementDefinition {
  return el.group === 'nodes'
    ? { group: 'nodes', data: { ...el.data }, position: { ...el.position } }
    : { group: 'edges', data: { ...el.data } };
}

/** Applies a diff to the canvas in one batch (one redraw): removals, then additions, then updates. */
export function applyDiff(cy: Core, diff: ElementDiff): void {
  cy.batch(() => {
    for (const id of diff.remove) cy.getElementById(id).remove();
    if (diff.add.length > 0) cy.add(diff.add.map(toDefinition));
    for (const change of diff.update) {
      const el = cy.getElementById(change.id);
      if (el.empty()) continue;
      if (change.data) el.data({ ...change.data });
      if (change.position && el.isNode()) el.position({ ...change.position });
    }
  });
}
