import { describe, expect, it } from 'vitest';
import { DEFAULT_RELATION_KINDS } from '../../../../shared/domain/vocabulary';
import { analyseForceField } from '../../../../shared/forcefield/analysis';
import { describeRoute } from '../../../../shared/forcefield/describe';
import { tieCost } from '../../../../shared/forcefield/route-costs';
import { findRoutes, routeGraph, unreachableFrom } from '../../../../shared/forcefield/routes';
import { entry, field, smallMap, tie } from './small-map';

describe('cost of a tie', () => {
  it('prices every relation kind: cooperative ties cost 1, formal ones 1.5, tension is never used', () => {
    const costs = Object.fromEntries(DEFAULT_RELATION_KINDS.map((kind) => [kind, tieCost({ kind, strength: 3, directed: false }, false)]));
    expect(costs).toEqual({
      samenwerking: 1,
      overleg: 1,
      'informeel-contact': 1,
      verwijzing: 1.5,
      financiering: 1.5,
      ondersteuning: 1,
      'lid-van': 1,
      advies: 1,
      spanning: 1.5,
    });
    const doc = smallMap(['a', 'b'], [tie('r', 'a', 'b', { kind: 'spanning' })]);
    expect(findRoutes(routeGraph(doc, null), 'a', 'b')).toEqual([]);
  });

  it('weak ties and going against the arrow of a directed tie cost more', () => {
    expect(tieCost({ kind: 'samenwerking', strength: 1, directed: false }, false)).toBe(2);
    expect(tieCost({ kind: 'verwijzing', strength: 2, directed: true }, false)).toBe(2);
    expect(tieCost({ kind: 'verwijzing', strength: 2, directed: true }, true)).toBe(2.5);
    expect(tieCost({ kind: 'samenwerking', strength: 3, directed: false }, true)).toBe(1);
  });
});

describe('alliance routes', () => {
  // us ─ p (for) ─ t, us ─ n (against) ─ t, us ─ w ─ t (weak ties), us → x ⇢ t via a tension tie only.
  const doc = smallMap(
    ['us', 'p', 'n', 'w', 'x', 't', 'far'],
    [
      tie('r1', 'us', 'p'),
      tie('r2', 'p', 't', { kind: 'overleg', strength: 2 }),
      tie('r3', 'us', 'n'),
      tie('r4', 'n', 't'),
      tie('r5', 'us', 'w', { strength: 1 }),
      tie('r6', 'w', 't', { strength: 1 }),
      tie('r7', 'us', 'x', { kind: 'financiering', directed: true }),
      tie('r8', 'x', 't', { kind: 'spanning' }),
    ],
  );
  const ff = field([entry('p', 2), entry('n', -2), entry('t', -1, 5), entry('far', 0, 4)]);
  const g = routeGraph(doc, ff);

  it('ranks routes via supportive go-betweens over opposed ones and weak ties, and never uses tension ties', () => {
    const routes = findRoutes(g, 'us', 't', 5);
    // via p: 1 + 1.5 + 0 (p is +2) = 2.5; via w: 2 + 2 + 1.5 (unknown) = 5.5; via n: 1 + 1 + 5 (−2) = 7.
    expect(routes.map((r) => [r.path.join('>'), r.cost])).toEqual([
      ['us>p>t', 2.5],
      ['us>w>t', 5.5],
      ['us>n>t', 7],
    ]);
    expect(routes[0]?.steps.map((s) => s.relationId)).toEqual(['r1', 'r2']);
    expect(routes[0]?.goBetweens).toEqual([{ actorId: 'p', name: 'P', stance: 2, cost: 0 }]);
  });

  it('describes a route in words, with its go-betweens and their stance', () => {
    const [best] = findRoutes(g, 'us', 't');
    expect(best && describeRoute(best, g.names)).toBe('via P → T; 1 tussenpersoon, positief');
  });

  it('may follow a directed tie against its arrow, at a higher cost', () => {
    const d = smallMap(['a', 'b'], [tie('r', 'b', 'a', { kind: 'verwijzing', directed: true })]);
    const [route] = findRoutes(routeGraph(d, null), 'a', 'b');
    expect(route?.steps[0]).toMatchObject({ relationId: 'r', against: true, cost: 2 });
  });

  it('reports actors that cannot be reached and gives them no routes', () => {
    expect(findRoutes(g, 'us', 'far')).toEqual([]);
    expect(unreachableFrom(g, ['us'], ['p', 't', 'far'])).toEqual(['far']);
  });

  it('analyses a force field: default targets are influential actors not yet for, from several "us" actors', () => {
    const result = analyseForceField(doc, ff, ['us', 'p']);
    expect(result.targets.map((t) => t.target)).toEqual(['n', 't', 'far']);
    const toT = result.targets[1]?.routes ?? [];
    // From p the direct tie (overleg, strength 2) costs 1.5 and ranks first.
    expect(toT[0]?.path).toEqual(['p', 't']);
    expect(toT[0]?.text).toBe('direct: T; geen tussenpersonen');
    expect(result.unreachable).toEqual(['far']);
  });

  it('an empty force field on an empty map gives no targets and no routes', () => {
    const empty = smallMap([], []);
    const result = analyseForceField(empty, field([]), []);
    expect(result.targets).toEqual([]);
    expect(result.unreachable).toEqual([]);
    expect(result.balance.net).toBe(0);
  });
});
