import type { StylesheetStyle } from 'cytoscape';
import { INK } from '../graph/visual-tokens';
import { GROUP_BOX } from '../../../shared/visual/encoding';

/**
 * Canvas rules for reading the map: filtered-out elements faded or hidden, search matches ringed,
 * the neighbours of the hovered or selected actor brought forward, relation labels on request.
 */
export function readingRules(): StylesheetStyle[] {
  return [
    { selector: '.is-dimmed', style: { opacity: 0.14 } },
    { selector: '.is-hidden', style: { display: 'none' } },
    {
      selector: 'node.is-match',
      style: { 'outline-width': 5, 'outline-color': '#EE7733', 'outline-offset': 3, 'outline-opacity': 1, 'font-weight': 'bold', 'z-index': 9 },
    },
    { selector: '.is-far', style: { opacity: 0.3 } },
    { selector: 'node.is-near', style: { 'z-index': 8 } },
    { selector: 'node.is-neighbour', style: { 'outline-width': 2, 'outline-color': INK.focus, 'outline-offset': 3, 'outline-opacity': 0.6 } },
    { selector: 'edge.is-near', style: { opacity: 1, 'z-index': 8 } },
    {
      selector: 'edge.with-label',
      style: {
        label: 'data(kindLabel)',
        'font-size': 10,
        color: INK.muted,
        'text-rotation': 'autorotate',
        'text-background-color': INK.labelBackground,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
      },
    },
  ];
}

/** How groups look: an organisation as a light box around its members, a buurt as a dashed area. */
export function groupRules(): StylesheetStyle[] {
  return [
    {
      selector: ':parent',
      style: {
        shape: 'round-rectangle',
        'background-opacity': GROUP_BOX.fillOpacity,
        'border-width': GROUP_BOX.borderWidth,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-weight': 'bold',
        padding: `${GROUP_BOX.padding}px`,
      },
    },
    {
      selector: 'node[?synthetic]',
      style: {
        'background-color': '#F4F5F7',
        'background-opacity': 0.6,
        'border-style': 'dashed',
        'border-color': INK.muted,
        'border-width': 1.5,
        color: INK.muted,
        'font-size': 14,
      },
    },
    { selector: 'node.is-collapsed', style: { 'border-style': 'double', 'border-width': 6 } },
  ];
}
