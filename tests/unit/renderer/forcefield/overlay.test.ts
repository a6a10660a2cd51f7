import { describe, expect, it } from 'vitest';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import { toElements } from '../../../../renderer/src/graph/elements';
import { withOverlay } from '../../../../renderer/src/forcefield/overlay-elements';
import { layoutMatrix, valuesAt, xOf, yOf, PLOT_RIGHT } from '../../../../renderer/src/forcefield/matrix-layout';

function doc(): MapDocument {
  return {
    ...emptyMap('m', 'Test', '2026-01-01'),
    actors: ['a', 'b', 'c'].map((id) => createActor({ id, name: id })),
    relations: [createRelation({ id: 'r1', from: 'a', to: 'b' }), createRelation({ id: 'r2', from: 'b', to: 'c' })],
    forceFields: [
      { id: 'f', question: 'V', date: '', role: null, position: null, entries: [{ actorId: 'a', stance: -2, influence: 3, interest: 3, note: '' }, { actorId: 'b', stance: null, influence: 3, interest: 3, note: '' }] },
    ],
  };
}

describe('network coloured by stance', () => {
  it('gives each actor its stance key, "none" outside the force field, and "off" without overlay', () => {
    const d = doc();
    const on = withOverlay(toElements(d), d, { fieldId: 'f', route: [] });
    expect(on.filter((e) => e.group === 'nodes').map((e) => [e.data.id, 'stance' in e.data ? e.data.stance : undefined])).toEqual([
      ['a', '-2'],
      ['b', 'unknown'],
      ['c', 'none'],
    ]);
    const off = withOverlay(toElements(d), d, { fieldId: null, route: [] });
    expect(off.every((e) => e.group === 'edges' || ('stance' in e.data && e.data.stance === 'off'))).toBe(true);
  });

  it('marks a shown route and dims the rest', () => {
    const d = doc();
    const els = withOverlay(toElements(d), d, { fieldId: 'f', route: ['a', 'r1', 'b'] });
    expect(els.map((e) => [e.data.id, e.data.route])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['r1', 1],
      ['r2', 2],
    ]);
  });
});

describe('stance–influence matrix', () => {
  it('turns a drop point back into stance and influence, beyond the plot into unknown', () => {
    expect(valuesAt(xOf(1) + 20, yOf(4) - 10)).toEqual({ stance: 1, influence: 4 });
    expect(valuesAt(xOf(-2) - 30, yOf(1) + 60)).toEqual({ stance: -2, influence: 1 });
    expect(valuesAt(PLOT_RIGHT + 40, yOf(5))).toEqual({ stance: null, influence: 5 });
  });

  it('stacks actors that share a cell so their labels do not overlap', () => {
    const actor = (id: string) => ({ actorId: id, name: id, stance: 2, influence: 3, interest: 3, force: 6 });
    const [p, q] = layoutMatrix([actor('p'), actor('q')]);
    expect(p?.x).toBe(q?.x);
    expect(Math.abs((p?.y ?? 0) - (q?.y ?? 0))).toBeGreaterThanOrEqual(20);
  });
});
