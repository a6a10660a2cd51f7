import { describe, expect, it } from 'vitest';
import { diffMaps, isEmptyDiff } from '../../../../shared/analysis/diff';
import { DEFAULT_ANALYSIS_OPTIONS as DEFAULTS } from '../../../../shared/analysis/options';
import { createRelation } from '../../../../shared/domain/factories';
import { lindenhof } from '../../../support/lindenhof-fixture';
import { smallMap } from './small-graphs';

describe('comparing two moments of a map', () => {
  it('lists added, removed and changed actors and relations with field: from → to', () => {
    const before = smallMap(['a', 'b', 'c'], ['a-b', 'b-c']);
    const after = structuredClone(before);
    after.actors = after.actors.filter((a) => a.id !== 'c');
    after.actors.push({ ...after.actors[0]!, id: 'd', name: 'd' });
    after.actors[0] = { ...after.actors[0]!, influence: 5, area: 'Noord' };
    after.relations = [{ ...after.relations[0]!, strength: 3 }, createRelation({ id: 'r9', from: 'a', to: 'd' })];
    const diff = diffMaps(before, after, DEFAULTS, ['a']);
    expect(diff.actors.added.map((a) => a.id)).toEqual(['d']);
    expect(diff.actors.removed.map((a) => a.id)).toEqual(['c']);
    expect(diff.actors.changed).toEqual([
      // In the order of the field table.
      { id: 'a', name: 'a', changes: [{ field: 'area', from: '', to: 'Noord' }, { field: 'influence', from: '3', to: '5' }] },
    ]);
    expect(diff.relations.added.map((r) => `${r.fromName}–${r.toName}`)).toEqual(['a–d']);
    expect(diff.relations.removed.map((r) => r.id)).toEqual(['r2']);
    expect(diff.relations.changed[0]?.changes).toEqual([{ field: 'strength', from: '2', to: '3' }]);
    expect(diff.ownTies.map((t) => `${t.change}:${t.relation.id}`)).toEqual(['added:r9', 'changed:r1']);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('reports the change in islands and formal–informal bridges ("2 eilanden → 0")', () => {
    const before = smallMap(['f1', 'i1', 'i2', 'i3', 'i4', 'f2'], ['f1-f2', 'i1-i2', 'i3-i4']);
    const after = structuredClone(before);
    after.relations.push(createRelation({ id: 'n1', from: 'i1', to: 'f1' }), createRelation({ id: 'n2', from: 'i3', to: 'f2' }));
    const diff = diffMaps(before, after, DEFAULTS);
    const m = Object.fromEntries(diff.measures.map((c) => [c.key, [c.from, c.to]]));
    expect(m.islands).toEqual([2, 0]);
    expect(m.bridges).toEqual([0, 2]);
    expect(m.unreachedGroups).toEqual([2, 0]);
    expect(m.fragileGroups).toEqual([0, 2]);
  });

  it('finds nothing between a map and its copy', () => {
    const map = lindenhof();
    expect(isEmptyDiff(diffMaps(map, structuredClone(map), DEFAULTS))).toBe(true);
  });
});
