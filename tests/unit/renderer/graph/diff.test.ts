import { describe, expect, it } from 'vitest';
import { diffElements, isEmptyDiff, withPositions } from '../../../../renderer/src/graph/diff';
import { toElements, type GraphElement } from '../../../../renderer/src/graph/elements';
import { sampleMap } from '../fixtures';

const base = (): GraphElement[] => toElements(sampleMap());

describe('diffElements', () => {
  it('adds everything to an empty canvas, nodes before edges', () => {
    const next = base();
    const diff = diffElements([], next);
    expect(diff.remove).toEqual([]);
    expect(diff.update).toEqual([]);
    expect(diff.add.map((e) => e.data.id)).toEqual(['gem', 'huis', 'fat', 'r1', 'r2']);
  });

  it('removes everything when the map empties', () => {
    expect(diffElements(base(), [])).toEqual({ add: [], remove: ['gem', 'huis', 'fat', 'r1', 'r2'], update: [] });
  });

  it('finds nothing to do for the same list or an equal copy', () => {
    const prev = base();
    expect(isEmptyDiff(diffElements(prev, prev))).toBe(true);
    expect(isEmptyDiff(diffElements(prev, base()))).toBe(true);
  });

  it('puts added edges after added nodes even when listed first', () => {
    const prev = base();
    const all = base();
    const nodes = all.filter((e) => e.group === 'nodes');
    const edges = all.filter((e) => e.group === 'edges');
    const diff = diffElements([], [...edges, ...nodes]);
    expect(diff.add.map((e) => e.group)).toEqual(['nodes', 'nodes', 'nodes', 'edges', 'edges']);
    expect(prev).toEqual(all);
  });

  it('updates only the changed data keys', () => {
    const prev = base();
    const doc = sampleMap();
    const next = toElements({ ...doc, actors: doc.actors.map((a) => (a.id === 'huis' ? { ...a, name: 'Huiskamer', influence: 4 } : a)) });
    expect(diffElements(prev, next)).toEqual({ add: [], remove: [], update: [{ id: 'huis', data: { label: 'Huiskamer', labelText: 'Huiskamer', influence: 4 } }] });
  });

  it('updates positions of moved nodes without touching their data', () => {
    const prev = base();
    const doc = sampleMap();
    const next = toElements({ ...doc, actors: doc.actors.map((a) => (a.id === 'fat' ? { ...a, position: { x: 5, y: 6 } } : a)) });
    expect(diffElements(prev, next)).toEqual({ add: [], remove: [], update: [{ id: 'fat', position: { x: 5, y: 6 } }] });
  });

  it('replaces an edge whose ends changed (Cytoscape cannot re-attach by data)', () => {
    const prev = base();
    const doc = sampleMap();
    const next = toElements({ ...doc, relations: doc.relations.map((r) => (r.id === 'r2' ? { ...r, to: 'gem' } : r)) });
    const diff = diffElements(prev, next);
    expect(diff.remove).toEqual(['r2']);
    expect(diff.add.map((e) => e.data.id)).toEqual(['r2']);
    expect(diff.update).toEqual([]);
  });

  it('updates an edge kind, strength or direction in place', () => {
    const prev = base();
    const doc = sampleMap();
    const next = toElements({
      ...doc,
      relations: doc.relations.map((r) => (r.id === 'r1' ? { ...r, kind: 'samenwerking', directed: false } : r)),
    });
    expect(diffElements(prev, next).update).toEqual([{ id: 'r1', data: { kind: 'samenwerking', directed: false } }]);
  });

  it('handles removal of an actor together with its relations', () => {
    const prev = base();
    const doc = sampleMap();
    const next = toElements({ ...doc, actors: doc.actors.filter((a) => a.id !== 'huis'), relations: [] });
    const diff = diffElements(prev, next);
    expect([...diff.remove].sort()).toEqual(['huis', 'r1', 'r2']);
    expect(diff.add).toEqual([]);
  });

  it('is pure: inputs are left as they were', () => {
    const prev = base();
    const next = base().slice(1);
    const before = structuredClone([prev, next]);
    diffElements(prev, next);
    expect([prev, next]).toEqual(before);
  });

  it('sees no change after the canvas records a drag that main then confirms', () => {
    const prev = base();
    const dragged = withPositions(prev, new Map([['gem', { x: 40, y: 50 }]]));
    const doc = sampleMap();
    const confirmed = toElements({ ...doc, actors: doc.actors.map((a) => (a.id === 'gem' ? { ...a, position: { x: 40, y: 50 } } : a)) });
    expect(isEmptyDiff(diffElements(dragged, confirmed))).toBe(true);
    // …and moves the node back when main refused the move.
    expect(diffElements(dragged, base()).update).toEqual([{ id: 'gem', position: { x: 0, y: 0 } }]);
  });
});
