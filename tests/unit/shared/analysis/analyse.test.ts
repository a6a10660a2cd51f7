import { describe, expect, it } from 'vitest';
import { analyseMap, type MapAnalysis } from '../../../../shared/analysis/analyse';
import { AnalysisInputError, buildNetwork } from '../../../../shared/analysis/network-graph';
import { DEFAULT_ANALYSIS_OPTIONS as DEFAULTS } from '../../../../shared/analysis/options';
import { smallMap } from './small-graphs';

const of = (analysis: MapAnalysis, id: string) => {
  const m = analysis.actors.find((a) => a.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe('measures on hand-checked small graphs', () => {
  it('a path a–b–c–d: the middle two are brokers, ends are not', () => {
    const a = analyseMap(smallMap(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d']), DEFAULTS);
    expect(of(a, 'b').betweenness).toBe(2);
    expect(of(a, 'b').betweennessNormalised).toBeCloseTo(2 / 3);
    expect(of(a, 'a').betweenness).toBe(0);
    expect(of(a, 'b').closeness).toBeCloseTo(3 / 4);
    expect(of(a, 'a').closeness).toBeCloseTo(3 / 6);
    expect(of(a, 'b').degree).toBe(2);
    expect(of(a, 'b').weightedDegree).toBe(4);
    expect(a.density).toBeCloseTo(3 / 6);
    expect(a.averagePathLength).toBeCloseTo(10 / 6);
    expect(a.islands).toEqual([]);
    expect(a.isolated).toEqual([]);
  });

  it('a star: the centre lies on every path between two leaves (normalised 1)', () => {
    const a = analyseMap(smallMap(['c', 'l1', 'l2', 'l3', 'l4'], ['c-l1', 'c-l2', 'c-l3', 'c-l4']), DEFAULTS);
    expect(of(a, 'c').betweenness).toBe(6);
    expect(of(a, 'c').betweennessNormalised).toBe(1);
    expect(of(a, 'l1').betweenness).toBe(0);
    expect(a.actors[0]?.id).toBe('c');
  });

  it('two triangles joined by one tie: both ends of the bridge broker, two communities named after them', () => {
    const a = analyseMap(smallMap(['a', 'b', 'c', 'd', 'e', 'f'], ['a-b', 'b-c', 'a-c', 'c-d', 'd-e', 'e-f', 'd-f']), DEFAULTS);
    expect(of(a, 'c').betweenness).toBe(6);
    expect(of(a, 'c').betweennessNormalised).toBeCloseTo(0.6);
    expect(of(a, 'd').betweennessNormalised).toBeCloseTo(0.6);
    expect(of(a, 'a').betweenness).toBe(0);
    expect(a.communities).toHaveLength(2);
    expect(a.communities.map((c) => [...c.actorIds].sort())).toEqual(
      expect.arrayContaining([['a', 'b', 'c'], ['d', 'e', 'f']]),
    );
    expect(a.communities.map((c) => c.name).sort()).toEqual(['c', 'd']);
  });

  it('islands are groups cut off from the biggest group; actors without ties are isolated', () => {
    const a = analyseMap(smallMap(['a', 'b', 'c', 'p', 'q', 'x'], ['a-b', 'b-c', 'p-q']), DEFAULTS);
    expect(a.components).toHaveLength(3);
    expect(a.islands).toEqual([['p', 'q']]);
    expect(a.isolated).toEqual(['x']);
    expect(of(a, 'x').community).toBeNull();
    expect(of(a, 'x').closeness).toBe(0);
    // Closeness of b corrected for the actors it cannot reach (Wasserman–Faust): (2/2)·(2/5).
    expect(of(a, 'b').closeness).toBeCloseTo(0.4);
  });

  it('direction: followed only when asked, then normalised by (n−1)(n−2)', () => {
    const map = smallMap(['a', 'b', 'c'], [{ tie: 'a-b', directed: true }, { tie: 'b-c', directed: true }]);
    const both = analyseMap(map, DEFAULTS);
    expect(of(both, 'b').betweennessNormalised).toBe(1);
    const directed = analyseMap(map, { ...DEFAULTS, respectDirection: true });
    expect(of(directed, 'b').betweenness).toBe(1);
    expect(of(directed, 'b').betweennessNormalised).toBe(0.5);
    expect(directed.averagePathLength).toBeCloseTo(4 / 3);
    // A reversed arrow cuts the path: nobody lies between anybody.
    const cut = analyseMap(smallMap(['a', 'b', 'c'], [{ tie: 'a-b', directed: true }, { tie: 'c-b', directed: true }]), {
      ...DEFAULTS,
      respectDirection: true,
    });
    expect(of(cut, 'b').betweenness).toBe(0);
  });

  it('a spanning/conflict tie is no connection unless the user includes it', () => {
    const map = smallMap(['a', 'b', 'c'], ['a-b', { tie: 'b-c', kind: 'spanning' }]);
    const without = analyseMap(map, DEFAULTS);
    expect(without.isolated).toEqual(['c']);
    expect(without.relationCount).toBe(1);
    expect(without.excludedRelationCount).toBe(1);
    const included = analyseMap(map, { ...DEFAULTS, includeSpanning: true });
    expect(included.isolated).toEqual([]);
    expect(of(included, 'b').betweenness).toBe(1);
  });

  it('strength as weight: two strong ties are a shorter way than one weak one', () => {
    const map = smallMap(['a', 'b', 'c'], [
      { tie: 'a-b', strength: 3 },
      { tie: 'b-c', strength: 3 },
      { tie: 'a-c', strength: 1 },
    ]);
    expect(of(analyseMap(map, DEFAULTS), 'b').betweenness).toBe(0);
    expect(of(analyseMap(map, { ...DEFAULTS, weighted: true }), 'b').betweenness).toBe(1);
  });

  it('two relations between the same pair count as one tie for paths and degree, both for strength', () => {
    const a = analyseMap(smallMap(['a', 'b'], ['a-b', { tie: 'b-a', kind: 'financiering', strength: 3 }]), DEFAULTS);
    expect(of(a, 'a').degree).toBe(1);
    expect(of(a, 'a').weightedDegree).toBe(5);
    expect(a.density).toBe(1);
  });

  it('refuses a relation from an actor to itself', () => {
    const map = smallMap(['a'], ['a-a']);
    expect(() => buildNetwork(map, DEFAULTS)).toThrow(AnalysisInputError);
  });

  it('an empty map gives empty answers, not errors', () => {
    const a = analyseMap({ actors: [], relations: [] }, DEFAULTS);
    expect(a.actors).toEqual([]);
    expect(a.density).toBe(0);
    expect(a.averagePathLength).toBeNull();
  });
});

describe('formal–informal bridges', () => {
  it('finds bridge ties and rates informal groups: none, fragile (one go-between), connected', () => {
    const map = smallMap(
      ['f1', 'f2', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7'],
      ['f1-f2', 'i1-i2', 'i3-i4', 'i4-i5', 'i3-f1', 'i6-i7', 'i6-f1', 'i7-f2'],
    );
    const { bridges } = analyseMap(map, DEFAULTS);
    expect(bridges.relationIds).toEqual(['r5', 'r7', 'r8']);
    expect(bridges.actorIds).toEqual(['f1', 'f2', 'i3', 'i6', 'i7']);
    expect(bridges.informalGroups.map((g) => [g.status, g.actorIds])).toEqual([
      ['geen', ['i1', 'i2']],
      ['kwetsbaar', ['i3', 'i4', 'i5']],
      ['verbonden', ['i6', 'i7']],
    ]);
    expect(bridges.informalGroups[1]?.linkerIds).toEqual(['i3']);
    expect(bridges.informalGroups[2]?.formalContactIds).toEqual(['f1', 'f2']);
  });
});

describe('silo index', () => {
  it('counts ties inside a category and crossing it, with Krackhardt’s E–I index', () => {
    const map = smallMap(['a', 'b', 'c'], ['a-b', 'b-c']);
    map.actors[0]!.category = 'zorg';
    map.actors[1]!.category = 'zorg';
    map.actors[2]!.category = 'wijkteam';
    const { silos } = analyseMap(map, DEFAULTS);
    expect(silos.category).toEqual([
      { dimension: 'category', group: 'zorg', actors: 2, inside: 1, crossing: 1, eiIndex: 0 },
      { dimension: 'category', group: 'wijkteam', actors: 1, inside: 0, crossing: 1, eiIndex: 1 },
    ]);
  });
});
