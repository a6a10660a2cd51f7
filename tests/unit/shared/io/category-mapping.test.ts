import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../../shared/domain/vocabulary';
import { mapCategories } from '../../../../shared/io/category-mapping';
import { planImport, planToDocument } from '../../../../shared/io/plan';
import { readDraft } from '../../../../shared/io/read';
import { fixture } from './io-helpers';

const lindenhofDraft = () => readDraft([fixture('lindenhof/actoren.csv'), fixture('lindenhof/relaties.csv')]);
const vocabularySize = (doc: ReturnType<typeof planToDocument>): number => DEFAULT_CATEGORIES.length + (doc.vocabulary?.categories.length ?? 0);

describe('importing Lindenhof maps its 27 free-text categories onto a small tidy vocabulary', () => {
  it('keeping every category as new (the old behaviour) gives 27 categories in use and 32 in the vocabulary', () => {
    const draft = lindenhofDraft();
    const keepAll = Object.fromEntries(mapCategories(draft.actors, undefined).map((m) => [m.source, null]));
    const doc = planToDocument(planImport(draft, null, { createUnknown: false, categories: keepAll }), 'm', 'Lindenhof', 'nu');
    expect(new Set(doc.actors.map((a) => a.category)).size).toBe(27);
    expect(vocabularySize(doc)).toBe(32);
  });

  it('the automatic mapping leaves 15 in use and 16 in the vocabulary; only 3 are left for the user', () => {
    const plan = planImport(lindenhofDraft(), null, { createUnknown: false });
    const doc = planToDocument(plan, 'm', 'Lindenhof', 'nu');
    expect(new Set(doc.actors.map((a) => a.category)).size).toBe(15);
    expect(vocabularySize(doc)).toBe(16);
    expect(plan.categoryMapping.filter((m) => m.isNew).map((m) => m.source)).toEqual(['fonds', 'project', 'samenwerkingsverband']);
    const target = (source: string) => plan.categoryMapping.find((m) => m.source === source)?.target;
    expect(target('ondernemers')).toBe('ondernemer');
    expect(target('sleutelfiguur')).toBe('bewoner');
    expect(target('politie')).toBe('veiligheid');
    expect(doc.actors.find((a) => a.name === 'Winkeliersvereniging Lindenplein')?.category).toBe('ondernemer');
  });

  it('the user’s choices win: map a leftover onto a built-in, or keep a matched one as new', () => {
    const plan = planImport(lindenhofDraft(), null, { createUnknown: false, categories: { project: 'welzijn', politie: null } });
    const doc = planToDocument(plan, 'm', 'Lindenhof', 'nu');
    expect(doc.actors.find((a) => a.name === 'Welzijn op Recept')?.category).toBe('welzijn');
    expect(doc.actors.find((a) => a.name === 'Wijkagent Lindenhof')?.category).toBe('politie');
    expect(doc.vocabulary?.categories.map((c) => c.id)).toEqual(['politie', 'fonds', 'samenwerkingsverband']);
    expect(plan.categoryMapping.find((m) => m.source === 'project')).toMatchObject({ chosen: true, isNew: false });
  });

  it('a merge into a map maps onto that map’s own categories too', () => {
    const own = { categories: [{ id: 'geldschieter', label: 'Fonds', colour: '#222255' }], relationKinds: [] };
    const mapping = mapCategories(lindenhofDraft().actors, own);
    expect(mapping.find((m) => m.source === 'fonds')).toMatchObject({ target: 'geldschieter', isNew: false });
  });
});
