import { describe, expect, it } from 'vitest';
import { createActor } from '../../../../shared/domain/factories';
import { fallbackPosition, toElements } from '../../../../renderer/src/graph/elements';
import { sampleMap } from '../fixtures';

describe('toElements', () => {
  it('gives one node per actor and one edge per relation, nodes first', () => {
    const elements = toElements(sampleMap());
    expect(elements.map((e) => e.group)).toEqual(['nodes', 'nodes', 'nodes', 'edges', 'edges']);
    expect(elements.map((e) => e.data.id)).toEqual(['gem', 'huis', 'fat', 'r1', 'r2']);
  });

  it('carries what the stylesheet reads, and the stored position', () => {
    const [gem] = toElements(sampleMap());
    expect(gem).toEqual({
      group: 'nodes',
      data: { id: 'gem', label: 'Gemeente Utrecht', kind: 'formeel', category: 'gemeente', influence: 5, isPerson: false },
      position: { x: 0, y: 0 },
    });
  });

  it('maps relation ends to source/target', () => {
    const edge = toElements(sampleMap()).find((e) => e.data.id === 'r1');
    expect(edge).toEqual({
      group: 'edges',
      data: { id: 'r1', source: 'gem', target: 'huis', kind: 'financiering', strength: 3, directed: true },
    });
  });

  it('places never-placed actors on a stable grid, apart from each other', () => {
    const doc = sampleMap();
    const unplaced = [createActor({ id: 'a', name: 'A' }), createActor({ id: 'b', name: 'B' })];
    const elements = toElements({ ...doc, actors: [...doc.actors, ...unplaced] });
    const a = elements.find((e) => e.data.id === 'a');
    const b = elements.find((e) => e.data.id === 'b');
    expect(a?.group === 'nodes' && a.position).toEqual(fallbackPosition(0, 2));
    expect(b?.group === 'nodes' && b.position).toEqual(fallbackPosition(1, 2));
    expect(fallbackPosition(0, 2)).not.toEqual(fallbackPosition(1, 2));
    expect(toElements({ ...doc, actors: [...doc.actors, ...unplaced] })).toEqual(elements);
  });

  it('leaves out relations whose ends are missing instead of breaking the canvas', () => {
    const doc = sampleMap();
    const elements = toElements({ ...doc, actors: doc.actors.filter((a) => a.id !== 'fat') });
    expect(elements.map((e) => e.data.id)).toEqual(['gem', 'huis', 'r1']);
  });

  it('does not change the document', () => {
    const doc = sampleMap();
    const copy = structuredClone(doc);
    toElements(doc);
    expect(doc).toEqual(copy);
  });
});
