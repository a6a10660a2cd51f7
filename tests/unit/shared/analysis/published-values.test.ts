import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../../shared/analysis/analyse';
import { DEFAULT_ANALYSIS_OPTIONS as DEFAULTS } from '../../../../shared/analysis/options';
import { lindenhof } from '../../../support/lindenhof-fixture';
import { smallMap } from './small-graphs';

/** Zachary's karate club (1977): 34 members, 78 ties (Zachary's edge list, members numbered 1–34). */
const KARATE = `1-2 1-3 1-4 1-5 1-6 1-7 1-8 1-9 1-11 1-12 1-13 1-14 1-18 1-20 1-22 1-32 2-3 2-4 2-8 2-14 2-18 2-20
2-22 2-31 3-4 3-8 3-9 3-10 3-14 3-28 3-29 3-33 4-8 4-13 4-14 5-7 5-11 6-7 6-11 6-17 7-17 9-31 9-33 9-34 10-34
14-34 15-33 15-34 16-33 16-34 19-33 19-34 20-34 21-33 21-34 23-33 23-34 24-26 24-28 24-30 24-33 24-34 25-26 25-28
25-32 26-32 27-30 27-34 28-34 29-32 29-34 30-33 30-34 31-33 31-34 32-33 32-34 33-34`.split(/\s+/);

describe("Zachary's karate club against published betweenness (Brandes; networkx/igraph values)", () => {
  const ids = Array.from({ length: 34 }, (_, i) => String(i + 1));
  const analysis = analyseMap(smallMap(ids, KARATE), DEFAULTS);
  const b = (id: string) => analysis.actors.find((a) => a.id === id)?.betweennessNormalised;

  it('has 34 members and 78 ties in one group', () => {
    expect(analysis.actorCount).toBe(34);
    expect(analysis.relationCount).toBe(78);
    expect(analysis.components).toHaveLength(1);
    expect(analysis.density).toBeCloseTo(78 / 561, 10);
  });

  it('gives the instructor (1) and the administrator (34) the highest betweenness, as published', () => {
    expect(b('1')).toBeCloseTo(0.43763528138528146, 10);
    expect(b('34')).toBeCloseTo(0.30407497594997596, 10);
    expect(b('33')).toBeCloseTo(0.14524711399711399, 10);
    expect(b('3')).toBeCloseTo(0.14365680615680618, 10);
    expect(b('32')).toBeCloseTo(0.13827561327561325, 10);
    expect(b('9')).toBeCloseTo(0.05592682780182781, 10);
    expect(b('2')).toBeCloseTo(0.053936688311688304, 10);
    expect(b('10')).toBeCloseTo(0.0008477633477633478, 10);
    expect(b('12')).toBe(0);
    expect(analysis.actors.slice(0, 2).map((a) => a.id)).toEqual(['1', '34']);
    // Raw = normalised × (n−1)(n−2)/2 = × 528.
    expect(analysis.actors[0]?.betweenness).toBeCloseTo(0.43763528138528146 * 528, 8);
  });

  it('gives the published closeness of member 1 (0.5689655) and the average path length 2.4082', () => {
    expect(analysis.actors.find((a) => a.id === '1')?.closeness).toBeCloseTo(0.5689655172413793, 10);
    expect(analysis.averagePathLength).toBeCloseTo(2.408199643493761, 10);
  });

  it('splits the club into communities (Louvain), each named after its most central member', () => {
    expect(analysis.communities.length).toBeGreaterThanOrEqual(2);
    const named = analysis.communities.map((c) => c.name);
    expect(named).toContain('1');
    expect(named).toContain('34');
  });
});

describe('the Lindenhof wijk (fixture)', () => {
  const map = lindenhof();
  const analysis = analyseMap(map, DEFAULTS);

  it('counts 42 actors (22 formeel, 20 informeel) and 64 connecting ties (2 spanning left out)', () => {
    expect(analysis.counts.actorsByKind).toEqual({ formeel: 22, informeel: 20 });
    expect(analysis.relationCount).toBe(64);
    expect(analysis.excludedRelationCount).toBe(2);
    expect(analysis.counts.relationsByKind.spanning).toBe(2);
  });

  it('names the opbouwwerker and the wijkmanager as the top brokers', () => {
    expect(analysis.actors.slice(0, 5).map((a) => a.name)).toEqual([
      'Opbouwwerk Samen Sterk',
      'Gemeente – wijkmanager Lindenhof',
      'Huiskamerproject De Ster',
      'Buurtrestaurant Aan Tafel',
      'Wijkagent Lindenhof',
    ]);
  });

  it('is one connected wijk without islands or isolated actors, but with fragile informal groups', () => {
    expect(analysis.islands).toEqual([]);
    expect(analysis.isolated).toEqual([]);
    expect(analysis.bridges.informalGroups.filter((g) => g.status === 'kwetsbaar').length).toBeGreaterThan(0);
    expect(analysis.bridges.relationIds.length).toBe(30);
  });

  it('gives the same answer twice (communities are deterministic)', () => {
    expect(analyseMap(map, DEFAULTS).communities).toEqual(analysis.communities);
  });
});
