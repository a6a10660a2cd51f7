import { describe, expect, it } from 'vitest';
import { localeTree, type LocaleTree } from '../../../../renderer/src/i18n/resources';

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
});
