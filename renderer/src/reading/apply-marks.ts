import type { Core } from 'cytoscape';
import type { Marks } from './reading-model';

const MARK_CLASSES = ['is-hidden', 'is-dimmed', 'is-match', 'is-collapsed'] as const;

/** Per canvas: which ids carry each mark class now (only applyMarks sets these classes). */
const applied = new WeakMap<Core, Map<string, ReadonlySet<string>>>();

/**
 * Gives exactly the elements named in `ids` the class. Only the difference with what was applied
 * last is touched, without scanning the canvas: at 5 000 actors a scan per class cost more than
 * the rest of an edit. An element that was replaced meanwhile (a relation with new ends) gets its
 * class again because every wanted element is checked.
 */
function setClass(cy: Core, className: string, ids: Iterable<string>): void {
  const byClass = applied.get(cy) ?? new Map<string, ReadonlySet<string>>();
  applied.set(cy, byClass);
  const wanted = new Set(ids);
  for (const id of byClass.get(className) ?? []) {
    if (!wanted.has(id)) cy.getElementById(id).removeClass(className);
  }
  for (const id of wanted) {
    const el = cy.getElementById(id);
    if (el.nonempty() && !el.hasClass(className)) el.addClass(className);
  }
  byClass.set(className, wanted);
}

/**
 * Puts the reading marks on the canvas in one batch: faded, hidden, search matches, edge labels.
 * Only elements whose marks change are touched: restyling all of a big map after every edit would
 * cost a second at 5 000 actors.
 */
export function applyMarks(cy: Core, marks: Marks | undefined, edgeLabel: ((kind: string) => string) | null | undefined): void {
  cy.batch(() => {
    const byClass: Record<(typeof MARK_CLASSES)[number], Iterable<string>> = {
      'is-hidden': marks?.hidden ?? [],
      'is-dimmed': marks?.dimmed ?? [],
      'is-match': marks?.matched ?? [],
      'is-collapsed': marks?.collapsed ?? [],
    };
    for (const className of MARK_CLASSES) setClass(cy, className, byClass[className]);
    if (edgeLabel) {
      cy.edges()
        .not('.eh-preview, .eh-ghost-edge')
        .forEach((e) => {
          const label = edgeLabel(String(e.data('kind')));
          if (e.data('kindLabel') !== label) e.data('kindLabel', label);
          if (!e.hasClass('with-label')) e.addClass('with-label');
        });
    } else {
      cy.$('.with-label').removeClass('with-label');
    }
  });
}

/**
 * Brings an actor and its direct neighbours forward. On hover the rest fades; for the selected
 * actor the neighbours are only ringed, so the map stays readable while editing.
 */
export function highlightNeighbours(cy: Core, id: string | null, fadeOthers: boolean): void {
  cy.batch(() => {
    cy.$('.is-near, .is-far, .is-neighbour').removeClass('is-near is-far is-neighbour');
    if (!id) return;
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) return;
    const near = node.closedNeighborhood();
    near.addClass('is-near');
    if (fadeOthers) cy.elements().not(near).not('.eh-ghost, .eh-preview').addClass('is-far');
    else node.neighborhood('node').addClass('is-neighbour');
  });
}
