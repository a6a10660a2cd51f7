import { describe, expect, it } from 'vitest';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import { renderPrint, type PrintOptions } from '../../../../shared/print';
import { printOptions } from './print-options';

const options = (over: Partial<PrintOptions> = {}): PrintOptions => printOptions({ title: 'Uitsnede', ...over });

function map(): MapDocument {
  return {
    ...emptyMap('m', 'Kaart', '2026-01-01T00:00:00.000Z'),
    actors: [
      createActor({ id: 'a', name: 'Buurthuis De Schakel', category: 'buurthuis', position: { x: 0, y: 0 } }),
      createActor({ id: 'b', name: 'Wijkagent Lindenhof', category: 'veiligheid', position: { x: 200, y: 0 } }),
      createActor({ id: 'c', name: 'Sportclub Verweg', category: 'sport', position: { x: 3000, y: 2000 } }),
    ],
    relations: [createRelation({ id: 'r1', from: 'a', to: 'b' }), createRelation({ id: 'r2', from: 'b', to: 'c' })],
  };
}

describe('printing the current view instead of the whole map', () => {
  it('prints only the actors in the view, cut at its edge, with a legend of what is in it', () => {
    const [page] = renderPrint(map(), options({ viewport: { x: -100, y: -100, width: 400, height: 250 } }));
    const svg = page?.svg ?? '';
    expect(svg).toContain('Buurthuis De Schakel');
    expect(svg).toContain('Wijkagent Lindenhof');
    expect(svg).not.toContain('Sportclub Verweg');
    expect(svg).toContain('clip-path="url(#uitsnede)"');
    // The tie to the actor outside the view is drawn up to the edge: two relation lines.
    expect(svg.match(/<line x1/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(svg).not.toMatch(/>Sport</);
  });

  it('without a view the whole map is fitted, as before', () => {
    const svg = renderPrint(map(), options())[0]?.svg ?? '';
    expect(svg).toContain('Sportclub Verweg');
    expect(svg).not.toContain('uitsnede');
  });

  it('a view that is zoomed in further draws the actors bigger on paper', () => {
    const scaleOf = (svg: string) => Number(/class="network" transform="translate\([^)]*\) scale\(([\d.e-]+)\)/.exec(svg)?.[1]);
    const wide = renderPrint(map(), options({ viewport: { x: -100, y: -100, width: 800, height: 500 } }))[0]?.svg ?? '';
    const close = renderPrint(map(), options({ viewport: { x: -100, y: -100, width: 400, height: 250 } }))[0]?.svg ?? '';
    expect(scaleOf(close)).toBeCloseTo(scaleOf(wide) * 2, 3);
  });
});
