import type { Core, SingularElementArgument } from 'cytoscape';
import type { GraphElement } from './elements';

/** How a comparison marks an element: new, changed, or gone (drawn as a ghost). */
export type ChangeMark = 'added' | 'changed' | 'removed';

/** Extra look of one actor on top of the normal encoding. */
export interface NodeEmphasis {
  /** Node size in pixels (analysis: size by measure). */
  readonly size?: number;
  /** Fill colour (analysis: colour by measure or community). */
  readonly colour?: string;
  readonly mark?: ChangeMark;
}

/**
 * A temporary layer over the map: sizes/colours from an analysis, or the marks of a comparison
 * (with ghosts: removed actors and relations, shown faintly and not draggable).
 */
export interface CanvasEmphasis {
  /** What the layer shows, in words (shown above the canvas). */
  readonly label: string;
  readonly nodes: Readonly<Record<string, NodeEmphasis>>;
  readonly edges: Readonly<Record<string, ChangeMark>>;
  /** Elements that are no longer on the map, to draw as ghosts. */
  readonly ghosts: readonly GraphElement[];
  /** Fade everything not named in `nodes`/`edges` (focus on a group); marks always do this. */
  readonly dimOthers?: boolean;
}

/** Colours of the change marks (Paul Tol "vibrant"); line style carries the meaning too. */
export const MARK_COLOUR: Record<ChangeMark, string> = { added: '#009988', changed: '#EE7733', removed: '#CC3311' };

const NODE_MARK_STYLE: Record<ChangeMark, Record<string, string | number>> = {
  added: { 'border-width': 6, 'border-style': 'double', 'border-color': MARK_COLOUR.added },
  changed: { 'border-width': 4, 'border-style': 'dashed', 'border-color': MARK_COLOUR.changed },
  removed: { 'border-width': 3, 'border-style': 'dotted', 'border-color': MARK_COLOUR.removed, opacity: 0.45 },
};
const EDGE_MARK_STYLE: Record<ChangeMark, Record<string, string | number>> = {
  added: { 'line-color': MARK_COLOUR.added, 'target-arrow-color': MARK_COLOUR.added, width: 5, 'line-style': 'solid', opacity: 1 },
  changed: { 'line-color': MARK_COLOUR.changed, 'target-arrow-color': MARK_COLOUR.changed, 'line-style': 'dashed', opacity: 1 },
  removed: { 'line-color': MARK_COLOUR.removed, 'target-arrow-color': MARK_COLOUR.removed, 'line-style': 'dotted', opacity: 0.9, width: 4 },
};

const DIMMED = 'emphasis-dimmed';

/** True when the layer marks changes (then everything unmarked is dimmed so the marks stand out). */
export function hasMarks(emphasis: CanvasEmphasis): boolean {
  return Object.keys(emphasis.edges).length > 0 || Object.values(emphasis.nodes).some((n) => n.mark !== undefined);
}

/** Puts an emphasis layer on the canvas (after taking the previous one off), in one batch. */
export function applyEmphasis(cy: Core, previous: CanvasEmphasis | null, next: CanvasEmphasis | null): void {
  cy.batch(() => {
    cy.$(`.${DIMMED}`).removeStyle().removeClass(DIMMED);
    if (previous) {
      for (const id of [...Object.keys(previous.nodes), ...Object.keys(previous.edges)]) {
        const el = cy.getElementById(id);
        if (el.nonempty()) el.removeStyle();
      }
      for (const ghost of previous.ghosts) cy.getElementById(ghost.data.id).grabify();
    }
    if (!next) return;
    if (next.dimOthers === true || hasMarks(next)) {
      const inGroup = (el: SingularElementArgument): boolean =>
        next.dimOthers === true && el.isEdge() && el.source().id() in next.nodes && el.target().id() in next.nodes;
      cy.elements()
        .filter((el) => !(el.id() in next.nodes) && !(el.id() in next.edges) && !inGroup(el))
        .addClass(DIMMED)
        .style({ opacity: 0.28 });
    }
    for (const [id, e] of Object.entries(next.nodes)) {
      const node = cy.getElementById(id);
      if (node.empty()) continue;
      const style: Record<string, string | number> = { ...(e.mark ? NODE_MARK_STYLE[e.mark] : {}) };
      if (e.size !== undefined) Object.assign(style, { width: e.size, height: e.size });
      if (e.colour !== undefined) style['background-color'] = e.colour;
      node.style(style);
      if (e.mark === 'removed') node.ungrabify();
    }
    for (const [id, mark] of Object.entries(next.edges)) {
      const edge = cy.getElementById(id);
      if (edge.nonempty()) edge.style(EDGE_MARK_STYLE[mark]);
    }
  });
}
