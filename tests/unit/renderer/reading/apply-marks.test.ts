import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyMarks, highlightNeighbours } from '../../../../renderer/src/reading/apply-marks';
import type { Marks } from '../../../../renderer/src/reading/reading-model';

function map(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...Array.from({ length: 50 }, (_, i) => ({ group: 'nodes' as const, data: { id: `a${i}` } })),
      ...Array.from({ length: 49 }, (_, i) => ({ group: 'edges' as const, data: { id: `r${i}`, source: `a${i}`, target: `a${i + 1}`, kind: 'samenwerking' } })),
    ],
  });
}

const none: Marks = { hidden: new Set(), dimmed: new Set(), matched: new Set(), collapsed: new Set() };

/** How many elements Cytoscape restyles because their classes changed, while `run` runs. */
function restyled(cy: Core, run: () => void): number {
  const ids = new Set<string>();
  const note = (event: cytoscape.EventObject): void => {
    ids.add(String(event.target.id()));
  };
  cy.on('class', note);
  run();
  cy.off('class', note);
  return ids.size;
}

describe('applyMarks', () => {
  it('fades and unfades actors, restyling only the ones whose marks change', () => {
    const cy = map();
    const dimmed: Marks = { ...none, dimmed: new Set(['a3']) };
    expect(restyled(cy, () => applyMarks(cy, dimmed, null))).toBe(1);
    expect(cy.getElementById('a3').hasClass('is-dimmed')).toBe(true);
    // The same marks again (every edit redraws the map with them) restyle nothing.
    expect(restyled(cy, () => applyMarks(cy, dimmed, null))).toBe(0);
    expect(restyled(cy, () => applyMarks(cy, none, null))).toBe(1);
    expect(cy.getElementById('a3').hasClass('is-dimmed')).toBe(false);
    expect(restyled(cy, () => applyMarks(cy, none, null))).toBe(0);
  });

  it('shows relation kinds on every relation when asked, and takes them off again', () => {
    const cy = map();
    applyMarks(cy, none, (kind) => `kind ${kind}`);
    expect(cy.edges('.with-label').length).toBe(49);
    expect(cy.getElementById('r0').data('kindLabel')).toBe('kind samenwerking');
    expect(restyled(cy, () => applyMarks(cy, none, (kind) => `kind ${kind}`))).toBe(0);
    applyMarks(cy, none, null);
    expect(cy.edges('.with-label').length).toBe(0);
  });
});

describe('highlightNeighbours', () => {
  it('rings the neighbours of the selected actor and clears them again, without restyling the rest', () => {
    const cy = map();
    highlightNeighbours(cy, 'a10', false);
    expect(cy.getElementById('a11').hasClass('is-neighbour')).toBe(true);
    expect(restyled(cy, () => highlightNeighbours(cy, null, false))).toBeLessThan(10);
    expect(cy.$('.is-near, .is-neighbour').length).toBe(0);
  });
});
