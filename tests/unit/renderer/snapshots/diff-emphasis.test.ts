import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../../shared/analysis/diff';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../../shared/analysis/options';
import { emptyMap } from '../../../../shared/domain/map-document';
import { createRelation } from '../../../../shared/domain/factories';
import { diffEmphasis } from '../../../../renderer/src/snapshots/diff-emphasis';
import { guessOwnActor } from '../../../../renderer/src/own/own-organisation';
import { smallMap } from '../../shared/analysis/small-graphs';

describe('a comparison on the map', () => {
  it('marks new and changed ties and brings removed actors and ties back as ghosts', () => {
    const before = { ...emptyMap('m', 'Wijk', ''), ...smallMap(['a', 'b', 'c'], ['a-b', 'b-c']) };
    const after = structuredClone(before);
    after.actors = after.actors.filter((x) => x.id !== 'c');
    after.relations = [{ ...after.relations[0]!, strength: 3 }, createRelation({ id: 'n1', from: 'b', to: 'a', kind: 'overleg' })];
    const diff = diffMaps(before, after, DEFAULT_ANALYSIS_OPTIONS);
    const layer = diffEmphasis(diff, before, 'Verschillen', (name) => `${name} (verdwenen)`);
    expect(layer.edges).toEqual({ n1: 'added', r1: 'changed', r2: 'removed' });
    expect(layer.nodes.c).toEqual({ mark: 'removed' });
    expect(layer.ghosts.map((g) => g.data.id)).toEqual(['c', 'r2']);
    expect(layer.ghosts[0]?.group === 'nodes' && layer.ghosts[0].data.label).toBe('c (verdwenen)');
  });

  it('guesses the own organisation: an opbouwwerk actor, else welzijn, else none', () => {
    const { actors } = smallMap(['Gemeente', 'Opbouwwerk Noord'], []);
    expect(guessOwnActor(actors)).toBe('Opbouwwerk Noord');
    expect(guessOwnActor([{ ...actors[0]!, category: 'welzijn' }])).toBe('Gemeente');
    expect(guessOwnActor([actors[0]!])).toBe('');
  });
});
