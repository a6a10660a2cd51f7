import { describe, expect, it } from 'vitest';
import { createActor } from '../../../../shared/domain/factories';
import { emptyMap } from '../../../../shared/domain/map-document';
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
      data: { id: 'gem', label: 'Gemeente Utrecht', labelText: 'Gemeente Utrecht', kind: 'formeel', category: 'gemeente', influence: 5, isPerson: false, parent: null },
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

describe('groups on the canvas', () => {
  const base = emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z');
  const doc = {
    ...base,
    actors: [
      createActor({ id: 'wm', name: 'Wijkmanager', parentId: 'gem', area: 'Noord' }),
      createActor({ id: 'gem', name: 'Gemeente', area: 'Noord' }),
      createActor({ id: 'f', name: 'Fatima', area: 'Noord' }),
      createActor({ id: 'p', name: 'Portaal' }),
    ],
  };

  it('puts members in their organisation and lists the organisation first', () => {
    const nodes = toElements(doc).filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.id)).toEqual(['gem', 'f', 'p', 'wm']);
    expect(nodes.find((n) => n.data.id === 'wm')?.data).toMatchObject({ parent: 'gem' });
  });

  it('shows buurten as groups of the top-level actors on request', () => {
    const nodes = toElements(doc, { areaGroups: true }).filter((e) => e.group === 'nodes');
    expect(nodes[0]?.data).toMatchObject({ id: 'buurt:Noord', label: 'Noord', synthetic: true });
    expect(nodes.find((n) => n.data.id === 'gem')?.data.parent).toBe('buurt:Noord');
    expect(nodes.find((n) => n.data.id === 'wm')?.data.parent).toBe('gem');
    expect(nodes.find((n) => n.data.id === 'p')?.data.parent).toBeNull();
  });
});
