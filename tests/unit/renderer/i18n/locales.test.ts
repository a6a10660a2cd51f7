import { describe, expect, it } from 'vitest';
import { localeTree, type LocaleTree } from '../../../../renderer/src/i18n/resources';
import { setupI18n } from '../../../../renderer/src/i18n/setup';

function keys(tree: LocaleTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe('interface strings', () => {
  it('has every Dutch string also in English, and nothing English that Dutch lacks', () => {
    const nl = keys(localeTree('nl')).sort();
    const en = keys(localeTree('en')).sort();
    expect(en.filter((k) => !nl.includes(k))).toEqual([]);
    expect(nl.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('has no empty strings', () => {
    for (const language of ['nl', 'en'] as const) {
      const tree = localeTree(language);
      const empty = keys(tree).filter((k) => k.split('.').reduce<LocaleTree | string>((node, part) => (typeof node === 'string' ? node : (node[part] ?? '')), tree) === '');
      expect(empty, language).toEqual([]);
    }
  });

  it('counts in singular and plural inside longer sentences', () => {
    const nl = setupI18n('nl');
    expect(nl.t('exchange.summaryAdd', { actors: 1, relations: 2 })).toBe('Nieuw: 1 actor en 2 relaties.');
    expect(setupI18n('en').t('exchange.summaryAdd', { actors: 42, relations: 1 })).toBe('New: 42 actors and 1 relation.');
  });
});
