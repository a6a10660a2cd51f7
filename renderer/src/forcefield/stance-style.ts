import type { StylesheetStyle } from 'cytoscape';
import { INK } from '../graph/visual-tokens';
import { STANCE_COLOUR } from './stance-colours';

/** Colour of a highlighted alliance route on the network. */
export const ROUTE_COLOUR = '#1F2328';

/**
 * Canvas rules for the force-field overlay (see overlay-elements.ts): nodes filled by stance,
 * unknown stance grey with a dashed border, actors outside the force field faded; a shown route
 * drawn thick and dark with everything else dimmed.
 */
export function forceFieldRules(): StylesheetStyle[] {
  const rules: StylesheetStyle[] = Object.entries(STANCE_COLOUR).map(([key, colour]) => ({
    selector: `node[stance = ${JSON.stringify(key)}]`,
    style: { 'background-color': colour, 'border-color': INK.text, 'border-width': 2 },
  }));
  rules.push(
    { selector: 'node[stance = "unknown"]', style: { 'border-style': 'dashed', 'border-width': 3 } },
    { selector: 'node[stance = "none"]', style: { 'background-color': '#FFFFFF', 'border-color': '#9AA3AD', opacity: 0.55 } },
    { selector: 'node[route = 2], edge[route = 2]', style: { opacity: 0.25 } },
    {
      selector: 'edge[route = 1]',
      style: { width: 7, 'line-color': ROUTE_COLOUR, 'target-arrow-color': ROUTE_COLOUR, 'line-style': 'solid', opacity: 1, 'z-index': 20 },
    },
    { selector: 'node[route = 1]', style: { 'border-width': 4, 'border-color': ROUTE_COLOUR, 'font-weight': 'bold', opacity: 1, 'z-index': 20 } },
  );
  return rules;
}
