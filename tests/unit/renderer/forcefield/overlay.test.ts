import { describe, expect, it } from 'vitest';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import { toElements } from '../../../../renderer/src/graph/elements';
import { withOverlay } from '../../../../renderer/src/forcefield/overlay-elements';

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
