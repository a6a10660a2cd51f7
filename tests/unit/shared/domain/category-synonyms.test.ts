import { describe, expect, it } from 'vitest';
import { CATEGORY_SYNONYMS, categoryKey, matchCategory, singularForms } from '../../../../shared/domain/category-synonyms';
import { DEFAULT_CATEGORIES } from '../../../../shared/domain/vocabulary';

const builtIn = DEFAULT_CATEGORIES.map((id) => ({ id, label: id }));

describe('matching a file’s category to the vocabulary', () => {
  it('finds the same category whatever the case, accents or separators', () => {
    expect(matchCategory('Woningcorporatie', builtIn)).toEqual({ id: 'woningcorporatie', how: 'same' });
    expect(matchCategory('sport_cultuur', builtIn)).toEqual({ id: 'sport-cultuur', how: 'same' });
  });

  it('joins singular and plural', () => {
    expect(matchCategory('Ondernemers', builtIn)).toEqual({ id: 'ondernemer', how: 'plural' });
    expect(matchCategory('gemeenten', builtIn)).toEqual({ id: 'gemeente', how: 'plural' });
    expect(matchCategory('Bewoners', builtIn)).toEqual({ id: 'bewoner', how: 'plural' });
    expect(matchCategory('wijkteams', builtIn)).toEqual({ id: 'wijkteam', how: 'plural' });
  });

  it('knows Dutch synonyms, also in the plural', () => {
    expect(matchCategory('Sleutelfiguur', builtIn)).toEqual({ id: 'bewoner', how: 'synonym' });
    expect(matchCategory('sleutelfiguren', builtIn)?.id).toBe('bewoner');
    expect(matchCategory('Politie', builtIn)?.id).toBe('veiligheid');
    expect(matchCategory('levensbeschouwing', builtIn)?.id).toBe('religie');
    expect(matchCategory('Scholen', builtIn)?.id).toBe('onderwijs');
    expect(matchCategory('bedrijven', builtIn)?.id).toBe('ondernemer');
    expect(matchCategory('GGD’s', builtIn)?.id).toBe('zorg');
  });

  it('matches a part of a label such as “Bewoner / sleutelfiguur” and the map’s own entries by name', () => {
    const entries = [...builtIn.filter((e) => e.id !== 'bewoner'), { id: 'bewoner', label: 'Bewoner / sleutelfiguur' }, { id: 'buurtsport', label: 'Buurtsport' }];
    expect(matchCategory('Bewoner / sleutelfiguur', entries)).toEqual({ id: 'bewoner', how: 'same' });
    expect(matchCategory('Buurtsport', entries)).toEqual({ id: 'buurtsport', how: 'same' });
  });

  it('leaves what it does not know to the user', () => {
    expect(matchCategory('Fonds', builtIn)).toBeNull();
    expect(matchCategory('samenwerkingsverband', builtIn)).toBeNull();
    expect(matchCategory('   ', builtIn)).toBeNull();
  });

  it('gives every synonym one meaning only', () => {
    const seen = new Map<string, string>();
    for (const [id, words] of Object.entries(CATEGORY_SYNONYMS)) {
      for (const word of words) {
        const key = categoryKey(word);
        expect(seen.get(key), `${word} in ${id} and ${seen.get(key) ?? ''}`).toBeUndefined();
        seen.set(key, id);
      }
    }
  });

  it('derives singulars of Dutch plurals', () => {
    expect(singularForms('scholen')).toContain('school');
    expect(singularForms('bedrijven')).toContain('bedrijf');
    expect(singularForms('ggd s')).toContain('ggd');
  });
});
