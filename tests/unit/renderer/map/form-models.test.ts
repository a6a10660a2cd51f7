import { describe, expect, it } from 'vitest';
import { actorPatch, actorProblem, actorValues } from '../../../../renderer/src/map/actor-form-model';
import { newRelationValues, relationPatch, relationProblem, relationValues } from '../../../../renderer/src/map/relation-form-model';
import { RELATION_KIND_STYLE } from '../../../../shared/visual/encoding';
import { sampleMap } from '../fixtures';

const [gem] = sampleMap().actors;
const [r1] = sampleMap().relations;

describe('actor form model', () => {
  it('patches only the fields that changed, with the name trimmed', () => {
    if (!gem) throw new Error('fixture');
    const values = { ...actorValues(gem), name: '  Gemeente  ', note: 'Wethouder wonen' };
    expect(actorPatch(gem, values)).toEqual({ name: 'Gemeente', note: 'Wethouder wonen' });
    expect(actorPatch(gem, actorValues(gem))).toEqual({});
  });

  it('edits contact details and address from the field table: empty when absent, trimmed, only what changed', () => {
    if (!gem) throw new Error('fixture');
    expect(actorValues(gem)).toMatchObject({ phone: '', email: '', website: '', streetAddress: '', postcode: '', town: '' });
    const values = { ...actorValues(gem), phone: ' 06-48271953 ', streetAddress: 'Eikplein 1', town: 'Utrecht' };
    expect(actorPatch(gem, values)).toEqual({ phone: '06-48271953', streetAddress: 'Eikplein 1', town: 'Utrecht' });
  });

  it('edits tags in the panel as one comma-separated line, patched as a clean list only when they changed', () => {
    if (!gem) throw new Error('fixture');
    const base = { ...gem, tags: ['vierhoek'] };
    expect(actorValues(base).tags).toBe('vierhoek');
    expect(actorPatch(base, { ...actorValues(base), tags: 'vierhoek,  ' })).toEqual({});
    expect(actorPatch(base, { ...actorValues(base), tags: 'vierhoek, #huiskamer; taalcafé, huiskamer' })).toEqual({ tags: ['vierhoek', 'huiskamer', 'taalcafé'] });
  });

  it('requires a name that is not blank', () => {
    if (!gem) throw new Error('fixture');
    expect(actorProblem({ ...actorValues(gem), name: '   ' })).toBe('form.nameRequired');
    expect(actorProblem(actorValues(gem))).toBeNull();
  });
});

describe('relation form model', () => {
  it('starts directed as the default kind prescribes', () => {
    expect(newRelationValues('gem')).toMatchObject({ from: 'gem', to: '', kind: 'samenwerking', strength: 2 });
    expect(newRelationValues().directed).toBe(RELATION_KIND_STYLE.samenwerking?.directedByDefault);
  });

  it('needs two different actors', () => {
    expect(relationProblem(newRelationValues())).toBe('relation.chooseBoth');
    expect(relationProblem({ ...newRelationValues('gem'), to: 'gem' })).toBe('relation.sameActor');
    expect(relationProblem({ ...newRelationValues('gem'), to: 'huis' })).toBeNull();
  });

  it('patches only the fields that changed', () => {
    if (!r1) throw new Error('fixture');
    expect(relationPatch(r1, { ...relationValues(r1), strength: 1 })).toEqual({ strength: 1 });
  });
});
