import { describe, expect, it } from 'vitest';
import { diffMaps, isEmptyDiff } from '../../../../shared/analysis/diff';
import { diffForceFields } from '../../../../shared/analysis/force-field-diff';
import { DEFAULT_ANALYSIS_OPTIONS as DEFAULTS } from '../../../../shared/analysis/options';
import type { ForceField, ForceFieldEntry } from '../../../../shared/domain/force-field';
import { smallMap } from './small-graphs';

const entry = (actorId: string, stance: number | null, influence = 3, interest = 3): ForceFieldEntry => ({ actorId, stance, influence, interest, note: '' });
const field = (id: string, entries: ForceFieldEntry[]): ForceField => ({ id, question: `Vraag ${id}`, date: '', role: null, position: null, entries });

describe('comparing the force fields of two moments', () => {
  const base = smallMap(['a', 'b', 'c', 'd'], ['a-b', 'b-c']);
  const before = { ...base, forceFields: [field('k1', [entry('a', 2, 4), entry('b', -1, 5), entry('c', null, 3), entry('d', 0, 2)])] };

  it('lists who moved (stance from → to) and the balance before and after', () => {
    // b: −1 → +1 (force 5 against → 5 for), c: unknown → −2 (force 0 → 6), d: influence 2 → 4 only.
    const after = { ...base, forceFields: [field('k1', [entry('a', 2, 4), entry('b', 1, 5), entry('c', -2, 3), entry('d', 0, 4)])] };
    const [diff] = diffForceFields(before, after);
    expect(diff?.moved).toEqual([
      { actorId: 'b', name: 'b', from: -1, to: 1, forceFrom: 5, forceTo: 5 },
      { actorId: 'c', name: 'c', from: null, to: -2, forceFrom: 0, forceTo: 6 },
    ]);
    expect(diff?.changed).toEqual([{ actorId: 'd', name: 'd', changes: [{ field: 'influence', from: 2, to: 4 }] }]);
    expect(diff?.balance).toEqual({ before: { for: 8, against: 5, net: 3 }, after: { for: 13, against: 6, net: 7 }, netChange: 4 });
  });

  it('lists actors entering and leaving a force field, and an actor removed from the map counts as leaving', () => {
    const after = { actors: base.actors.filter((a) => a.id !== 'a'), relations: [], forceFields: [field('k1', [entry('a', 2, 4), entry('b', -1, 5), entry('c', null), entry('d', 0, 2), entry('x', 1)])] };
    after.actors.push({ ...base.actors[0]!, id: 'x', name: 'x' });
    const [diff] = diffForceFields(before, after);
    expect(diff?.removed).toEqual([{ actorId: 'a', name: 'a', stance: 2 }]);
    expect(diff?.added).toEqual([{ actorId: 'x', name: 'x', stance: 1 }]);
    expect(diff?.balance.after).toEqual({ for: 3, against: 5, net: -2 });
  });

  it('skips force fields present at one moment only, and maps without force fields', () => {
    const after = { ...base, forceFields: [field('k2', [entry('a', 1)])] };
    expect(diffForceFields(before, after)).toEqual([]);
    expect(diffForceFields(base, base)).toEqual([]);
  });

  it('a stance change alone makes the map comparison non-empty', () => {
    const after = { ...base, forceFields: [field('k1', [entry('a', 2, 4), entry('b', 0, 5), entry('c', null, 3), entry('d', 0, 2)])] };
    const diff = diffMaps(before, after, DEFAULTS);
    expect(diff.forceFields[0]?.moved.map((m) => `${m.name} ${m.from}→${m.to}`)).toEqual(['b -1→0']);
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(diffMaps(before, structuredClone(before), DEFAULTS))).toBe(true);
  });
});
