import { describe, expect, it } from 'vitest';
import { balanceOf } from '../../../../shared/forcefield/balance';
import { coalitionOf } from '../../../../shared/forcefield/coalition';
import { compareForceFields } from '../../../../shared/forcefield/compare';
import { forceFieldLayout } from '../../../../shared/forcefield/layout';
import { quadrantOf } from '../../../../shared/forcefield/quadrants';
import { entry, field, smallMap } from './small-map';

const doc = smallMap(['a', 'b', 'c', 'd', 'e', 'f'], []);

describe('balance of a force field', () => {
  it('sums influence × |stance| for and against, with neutral and unknown actors apart', () => {
    const bal = balanceOf(doc, field([entry('a', 2, 3), entry('b', 1, 4), entry('c', -1, 5), entry('d', 0, 5), entry('e', null, 2)]));
    expect(bal.driving.map((x) => [x.actorId, x.force])).toEqual([
      ['a', 6],
      ['b', 4],
    ]);
    expect(bal.restraining.map((x) => [x.actorId, x.force])).toEqual([['c', 5]]);
    expect(bal.neutral.map((x) => x.actorId)).toEqual(['d']);
    expect(bal.unknown.map((x) => x.actorId)).toEqual(['e']);
    expect([bal.totalFor, bal.totalAgainst, bal.net]).toEqual([10, 5, 5]);
  });

  it('an empty force field has no forces and nothing to suggest', () => {
    const bal = balanceOf(doc, field([]));
    expect([bal.totalFor, bal.totalAgainst, bal.net]).toEqual([0, 0, 0]);
    const coalition = coalitionOf(doc, field([]));
    expect(coalition.members).toEqual([]);
    expect(coalition.swings).toEqual([]);
    expect(coalition.outweighs).toBe(false);
  });

  it('ignores entries of actors that are no longer on the map', () => {
    expect(balanceOf(doc, field([entry('ghost', 2, 5)])).totalFor).toBe(0);
  });
});

describe('quadrants of the matrix', () => {
  it('names influential actors by stance and puts low-influence actors under "in de gaten houden"', () => {
    expect(quadrantOf(entry('a', 2, 3))).toBe('bondgenoten');
    expect(quadrantOf(entry('a', -1, 5))).toBe('tegenstanders');
    expect(quadrantOf(entry('a', 0, 4))).toBe('te-winnen');
    expect(quadrantOf(entry('a', null, 3))).toBe('te-winnen');
    expect(quadrantOf(entry('a', 2, 2))).toBe('in-de-gaten-houden');
    expect(quadrantOf(entry('a', -2, 1))).toBe('in-de-gaten-houden');
  });
});

describe('coalition suggestion', () => {
  it('takes the fewest supporters whose force exceeds the opposition, strongest first', () => {
    // Against: c = 2×4 = 8. For: a = 6, b = 4, e = 1.
    const c = coalitionOf(doc, field([entry('a', 2, 3), entry('b', 1, 4), entry('e', 1, 1), entry('c', -2, 4)]));
    expect(c.members.map((m) => m.actorId)).toEqual(['a', 'b']);
    expect([c.memberForce, c.opposition, c.outweighs]).toEqual([10, 8, true]);
  });

  it('says so when all supporters together cannot outweigh the opposition', () => {
    const c = coalitionOf(doc, field([entry('a', 1, 2), entry('c', -2, 5)]));
    expect(c.members.map((m) => m.actorId)).toEqual(['a']);
    expect(c.outweighs).toBe(false);
  });

  it('ranks the actors whose move to +1 shifts the balance most, and marks who tips it', () => {
    // net = 2 − 10 = −8. Winning c (−2, 5) gains 15; d (0, 4) gains 4; e (unknown, 5) gains 5.
    const c = coalitionOf(doc, field([entry('a', 1, 2), entry('c', -2, 5), entry('d', 0, 4), entry('e', null, 5)]));
    expect(c.swings.map((s) => [s.actorId, s.gain, s.tipsBalance])).toEqual([
      ['c', 15, true],
      ['e', 5, false],
      ['d', 4, false],
    ]);
  });
});

describe('comparing two force fields', () => {
  it('lists who moved, who was added or dropped, and the change in balance', () => {
    const before = field([entry('a', 1, 3), entry('b', -1, 4), entry('c', 0, 2), entry('d', 1, 1)], 'f1');
    const after = field([entry('a', 2, 3), entry('b', 0, 4), entry('c', 0, 3), entry('e', 1, 2)], 'f2');
    const cmp = compareForceFields(doc, before, after);
    expect(cmp.changes.map((x) => [x.actorId, x.change])).toEqual([
      ['a', 'moved'],
      ['b', 'moved'],
      ['e', 'added'],
      ['d', 'removed'],
      ['c', 'changed'],
    ]);
    expect(cmp.before.net).toBe(3 + 1 - 4);
    expect(cmp.after.net).toBe(6 + 2);
    expect(cmp.netChange).toBe(8);
  });
});

describe('krachtenveld layout', () => {
  it('places actors by stance (left against, right for) and influence (top high), others below', () => {
    const moves = forceFieldLayout(doc, field([entry('a', 2, 5), entry('b', -2, 1), entry('c', null, 3), entry('d', 2, 5)]));
    const at = new Map(moves.map((m) => [m.id, m.position ?? { x: 0, y: 0 }]));
    expect(at.get('a')!.x).toBeGreaterThan(at.get('b')!.x);
    expect(at.get('a')!.y).toBeLessThan(at.get('b')!.y);
    expect(at.get('c')!.x).toBeGreaterThan(at.get('a')!.x);
    expect(at.get('a')).not.toEqual(at.get('d'));
    expect(at.get('e')!.y).toBeGreaterThan(at.get('b')!.y);
    expect(moves).toHaveLength(6);
  });
});
