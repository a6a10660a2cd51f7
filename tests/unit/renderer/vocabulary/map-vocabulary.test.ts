import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import { emptyMap, mapDocumentSchema } from '../../../../shared/domain/map-document';
import { mapVocabulary, newEntryId, vocabularyRules, withEntry } from '../../../../renderer/src/vocabulary/map-vocabulary';
import { entryNameProblem } from '../../../../renderer/src/vocabulary/vocabulary-view';

const t = (key: string, o: { defaultValue: string }) => (key === 'category.gemeente' ? 'Gemeente' : o.defaultValue);

describe("a map's own vocabulary", () => {
  it('starts from the defaults, keeps renamed/recoloured ones in place and adds new ones at the end', () => {
    const own = withEntry(withEntry(undefined, 'categories', { id: 'gemeente', label: 'Gemeente Utrecht', colour: '#000000' }), 'categories', {
      id: 'buurtsport',
      label: 'Buurtsport',
      colour: '#3366CC',
    });
    const v = mapVocabulary(own, t);
    expect(v.categories[0]).toEqual({ id: 'gemeente', label: 'Gemeente Utrecht', colour: '#000000' });
    expect(v.categories.at(-1)?.id).toBe('buurtsport');
    expect(v.categoryLabel('buurtsport')).toBe('Buurtsport');
    expect(v.categoryColour('wijkteam')).toBe('#88CCEE');
    expect(mapVocabulary(undefined, t).categoryLabel('gemeente')).toBe('Gemeente');
    // Only changed colours need canvas rules.
    expect(vocabularyRules(v).map((r) => r.selector)).toEqual(['node[category = "gemeente"]', 'node[category = "buurtsport"]']);
  });

  it('makes readable, unique ids for new entries', () => {
    expect(newEntryId('Café & Cultuur', [])).toBe('cafe-cultuur');
    expect(newEntryId('Overig', [{ id: 'overig' }])).toBe('overig-2');
    expect(newEntryId('!!!', [])).toBe('eigen');
  });

  it('refuses an empty or already used name', () => {
    const entries = [{ id: 'a', label: 'Sport', colour: '#000000' }];
    expect(entryNameProblem('  ', entries, null)).toBe('vocabulary.nameEmpty');
    expect(entryNameProblem('sport', entries, null)).toBe('vocabulary.nameTaken');
    expect(entryNameProblem('Sport', entries, 'a')).toBeNull();
  });

  it('is set by one undoable command, and maps without it stay valid', () => {
    const doc = emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z');
    const vocabulary = withEntry(undefined, 'relationKinds', { id: 'overleg', label: 'Wijkoverleg', colour: '#123456' });
    const set = applyCommand(doc, { type: 'vocabulary.set', vocabulary });
    if (!set.ok) throw new Error(set.error.message);
    expect(mapDocumentSchema.safeParse(set.value.doc).success).toBe(true);
    const back = applyCommand(set.value.doc, set.value.inverse);
    expect(back.ok && back.value.doc).toEqual(doc);
    expect(mapDocumentSchema.safeParse({ ...doc, vocabulary: { categories: [{ id: 'x', label: ' ', colour: 'rood' }], relationKinds: [] } }).success).toBe(false);
  });
});
