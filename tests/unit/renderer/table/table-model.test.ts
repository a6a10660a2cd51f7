import { describe, expect, it } from 'vitest';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import {
  bulkCommand,
  nextSort,
  parseInfluence,
  parseTags,
  relationChangeProblem,
  sortRows,
  toggleSelection,
} from '../../../../renderer/src/table/table-model';

function map(): MapDocument {
  return {
    ...emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z'),
    actors: [
      createActor({ id: 'g', name: 'Gemeente', area: 'Noord' }),
      createActor({ id: 'h', name: 'Huiskamer', tags: ['kernteam'] }),
      createActor({ id: 'w', name: 'Wijkteam' }),
    ],
    relations: [createRelation({ id: 'r1', from: 'g', to: 'h', kind: 'financiering' }), createRelation({ id: 'r2', from: 'w', to: 'h', kind: 'overleg' })],
  };
}

describe('actor and relation table', () => {
  it('sorts names the Dutch way (case and accents do not count, numbers in order), both directions', () => {
    const names = ['école 10', 'Buurthuis', 'école 9', 'anton'];
    expect(sortRows(names, (n) => n, 'ascending')).toEqual(['anton', 'Buurthuis', 'école 9', 'école 10']);
    expect(sortRows(names, (n) => n, 'descending')).toEqual(['école 10', 'école 9', 'Buurthuis', 'anton']);
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name').direction).toBe('descending');
    expect(nextSort({ column: 'name', direction: 'descending' }, 'area')).toEqual({ column: 'area', direction: 'ascending' });
  });

  it('accepts influence 1–5 only, and says so', () => {
    expect(parseInfluence(' 4 ')).toEqual({ value: 4 });
    for (const bad of ['9', '0', '2.5', 'veel', '']) expect(parseInfluence(bad)).toEqual({ problem: 'table.problem.influence' });
  });

  it('reads typed tags: commas, leading #, no doubles', () => {
    expect(parseTags('huiskamer, #taal cafe, huiskamer, ,')).toEqual(['huiskamer', 'taal cafe']);
  });

  it('refuses a relation change to the same actor or into a duplicate', () => {
    const doc = map();
    const r2 = doc.relations[1]!;
    expect(relationChangeProblem(doc, r2, { to: 'w' })).toBe('table.problem.sameActor');
    expect(relationChangeProblem(doc, r2, { from: 'g', kind: 'financiering' })).toBe('table.problem.duplicate');
    expect(relationChangeProblem(doc, r2, { strength: 3 })).toBeNull();
  });

  it('turns a bulk edit into one batch touching only the actors it changes', () => {
    const doc = map();
    expect(bulkCommand(doc, new Set(['g', 'h']), { type: 'area', area: 'Noord' })).toEqual({
      type: 'batch',
      commands: [{ type: 'actor.update', id: 'h', patch: { area: 'Noord' } }],
    });
    expect(bulkCommand(doc, new Set(['h']), { type: 'addTag', tag: 'kernteam' })).toBeNull();
    expect(bulkCommand(doc, new Set(['g', 'w']), { type: 'addTag', tag: 'kernteam' })?.type).toBe('batch');
  });

  it('selects a range with Shift from the last clicked row, and unselects one without', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    const one = toggleSelection(new Set(), order, 'b', null, false);
    const range = toggleSelection(one, order, 'd', 'b', true);
    expect([...range].sort()).toEqual(['b', 'c', 'd']);
    expect([...toggleSelection(range, order, 'c', 'd', false)].sort()).toEqual(['b', 'd']);
  });
});
