import { describe, expect, it } from 'vitest';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import { renderPrint, type PrintOptions } from '../../../../shared/print';
import { printOptions } from './print-options';
import { CATEGORY_COLOUR, FALLBACK_CATEGORY_COLOUR } from '../../../../shared/visual/encoding';

const options = (over: Partial<PrintOptions> = {}): PrintOptions => printOptions(over);

/** A small map with own categories (as an import leaves them), a renamed relation kind and a group with two members. */
function map(): MapDocument {
  const at = (x: number, y: number) => ({ x, y });
  const actors = [
    createActor({ id: 'g', name: 'Samen Sterk', category: 'welzijn', position: at(0, 0) }),
    createActor({ id: 'o', name: 'Opbouwwerk', category: 'welzijn', position: at(-80, 0), parentId: 'g' }),
    createActor({ id: 'j', name: 'Jongerenwerk', category: 'welzijn', position: at(80, 0), parentId: 'g' }),
    createActor({ id: 'f', name: 'Lokaal Coronafonds', category: 'fonds', position: at(0, 300) }),
    createActor({ id: 'p', name: 'Welzijn op Recept', category: 'project', position: at(300, 300) }),
    createActor({ id: 'z', name: 'GGD Regio', category: 'zorg', position: at(600, 300) }),
  ];
  const relations = [
    createRelation({ id: 'r1', from: 'f', to: 'g', kind: 'financiering', directed: true }),
    createRelation({ id: 'r2', from: 'p', to: 'o', kind: 'burenhulp' }),
  ];
  return {
    ...emptyMap('m', 'Lindenhof', 'nu'),
    actors,
    relations,
    vocabulary: {
      categories: [
        { id: 'fonds', label: 'Fonds', colour: '#222255' },
        { id: 'project', label: 'Project', colour: '#6699CC' },
        { id: 'zorg', label: 'Zorg en gezondheid', colour: '#CC6677' },
      ],
      relationKinds: [{ id: 'burenhulp', label: 'Burenhulp', colour: '#994455' }],
    },
  };
}

/** The legend's category rows: [swatch colour, text] in order. */
function legendCategories(svg: string): [string, string][] {
  const legend = /<g class="legend"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
  const after = legend.split('>Categorie</text>')[1]?.split('>Soort relatie</text>')[0] ?? '';
  return [...after.matchAll(/<rect [^>]*fill="(#[0-9A-F]{6})"[^>]*\/><text [^>]*>([^<]*)<\/text>/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

describe('print uses the map’s own vocabulary, groups and a legend of what is printed', () => {
  it('fills actors with their own category colours, never the fallback grey', () => {
    const svg = renderPrint(map(), options())[0]?.svg ?? '';
    expect(svg).toContain('fill="#222255"');
    expect(svg).toContain('fill="#6699CC"');
    expect(svg).not.toContain(`fill="${FALLBACK_CATEGORY_COLOUR}"`);
  });

  it('lists exactly the printed categories in the legend, each with its colour and the map’s own name', () => {
    const rows = legendCategories(renderPrint(map(), options())[0]?.svg ?? '');
    expect(rows).toEqual([
      [CATEGORY_COLOUR.welzijn, 'welzijn'],
      ['#CC6677', 'Zorg en gezondheid'],
      ['#222255', 'Fonds'],
      ['#6699CC', 'Project'],
    ]);
    // Printing only part of the map: only its categories.
    const some = legendCategories(renderPrint(map(), options({ visibleIds: new Set(['f', 'z']) }))[0]?.svg ?? '');
    expect(some.map(([, text]) => text)).toEqual(['Zorg en gezondheid', 'Fonds']);
  });

  it('names and colours an own relation kind in the legend and on the line', () => {
    const svg = renderPrint(map(), options())[0]?.svg ?? '';
    expect(svg).toContain('>Burenhulp</text>');
    expect(svg).toMatch(/<line [^>]*stroke="#994455"/);
  });

  it('draws a group as a box around its members with its name, and says so in the legend', () => {
    const svg = renderPrint(map(), options())[0]?.svg ?? '';
    const group = /<g class="groups"><rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*\/><\/g>/.exec(svg);
    expect(svg).toMatch(/<g class="group-names">.*<text font-weight="bold" [^>]*><tspan [^>]*>Samen Sterk<\/tspan>/);
    expect(group).not.toBeNull();
    const [x, , width] = [Number(group?.[1]), Number(group?.[2]), Number(group?.[3])];
    // Both members (at x −80 and +80, radius 20) lie inside the box.
    expect(x).toBeLessThan(-100);
    expect(x + width).toBeGreaterThan(100);
    // The group is a box, not also a node.
    expect(svg.match(/>Samen Sterk<\/t/g)).toHaveLength(1);
    expect(svg).toContain('>Groep met leden</text>');
    // Without its members it is an ordinary actor and no box is drawn.
    const alone = renderPrint(map(), options({ visibleIds: new Set(['g', 'f']) }))[0]?.svg ?? '';
    expect(alone).toContain('<g class="groups"></g>');
    expect(alone).not.toContain('Groep met leden');
  });
});
