import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../../shared/domain/vocabulary';
import { categoryWords, duplicateOf, parseQuickAdd } from '../../../../renderer/src/quick-add/parse-quick-add';
import nl from '../../../../renderer/locales/nl.json';

const labels = nl.category as Record<string, string>;
const table = categoryWords(DEFAULT_CATEGORIES.map((id) => ({ id, label: labels[id] ?? id })));
const parse = (text: string) => parseQuickAdd(text, table);

describe('quick add', () => {
  it('adds a plain name as a formal actor without category', () => {
    expect(parse('  Buurtvereniging Oost ')).toEqual({ name: 'Buurtvereniging Oost', kind: 'formeel', category: null, isPerson: false, tags: [] });
  });

  it('reads trailing category, informeel and #tags, and keeps them out of the name', () => {
    expect(parse('Fatima bewoner informeel #huiskamer #taalcafe')).toEqual({
      name: 'Fatima',
      kind: 'informeel',
      category: 'bewoner',
      isPerson: true,
      tags: ['huiskamer', 'taalcafe'],
    });
  });

  it('keeps a category word that is part of the name, and still uses it', () => {
    expect(parse('Gemeente Utrecht')).toMatchObject({ name: 'Gemeente Utrecht', category: 'gemeente', kind: 'formeel' });
    expect(parse('Huiskamer Lindenhof')).toMatchObject({ name: 'Huiskamer Lindenhof', category: 'bewonersinitiatief', kind: 'informeel' });
  });

  it('knows everyday words: wijkagent, GGD, basisschool, moskee', () => {
    expect(parse('Jan de Vries wijkagent')).toMatchObject({ name: 'Jan de Vries', category: 'veiligheid' });
    expect(parse('GGD regio Utrecht')).toMatchObject({ category: 'zorg' });
    expect(parse('De Regenboog basisschool')).toMatchObject({ name: 'De Regenboog', category: 'onderwijs' });
    expect(parse('Moskee Al Fath informeel')).toMatchObject({ name: 'Moskee Al Fath', category: 'religie', kind: 'informeel' });
  });

  it('lets formeel override the informal default of a category', () => {
    expect(parse('Bewonerscommissie bewonersinitiatief formeel')).toMatchObject({ kind: 'formeel', category: 'bewonersinitiatief' });
  });

  it('never eats the whole line: a single keyword is the name', () => {
    expect(parse('Gemeente')).toMatchObject({ name: 'Gemeente', category: 'gemeente' });
  });

  it('gives nothing for an empty line or only tags', () => {
    expect(parse('   ')).toBeNull();
    expect(parse('#huiskamer')).toBeNull();
    expect(parse('informeel')).toBeNull();
  });

  it('spots a duplicate name regardless of case, accents and spaces', () => {
    const actors = [{ name: 'Café De Hoek' }, { name: 'Wijkteam Lindenhof' }];
    expect(duplicateOf('cafe  de hoek', actors)).toBe('Café De Hoek');
    expect(duplicateOf('Wijkteam Noord', actors)).toBeNull();
  });
});
