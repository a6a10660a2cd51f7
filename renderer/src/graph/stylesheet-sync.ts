import type { Core, StylesheetStyle } from 'cytoscape';
import { levelOfDetailRules } from './level-of-detail/apply-render';
import type { RenderChoice } from './level-of-detail/choose-render';
import { buildStylesheet } from './stylesheet';

const appliedKey = new WeakMap<Core, string>();

/**
 * Gives the canvas the stylesheet built from the map's own rules and the render choice, but only
 * when that changed: setting a stylesheet restyles and redraws every element (about a second at
 * 5 000 actors), and the map's rules are rebuilt after every edit.
 */
export function syncStylesheet(cy: Core, extra: readonly StylesheetStyle[], choice: RenderChoice): void {
  const last = levelOfDetailRules(choice);
  const key = JSON.stringify([extra, last]);
  if (appliedKey.get(cy) === key) return;
  appliedKey.set(cy, key);
  cy.style(buildStylesheet(extra, last));
}
