import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../../../renderer/src/i18n/setup';

describe('counts read as a person writes them', () => {
  const nl = setupI18n('nl');
  const en = setupI18n('en');

  it('says "1 actor" and "1 relatie" in Dutch, never "1 actoren"', () => {
    expect(nl.t('forcefield.import.done', { count: 1, file: 'kv.csv' })).toBe('1 actor geïmporteerd uit kv.csv.');
    expect(nl.t('forcefield.import.unknown', { count: 1 })).toBe('1 naam staat niet op de kaart en is overgeslagen:');
    expect(nl.t('snapshots.timeline.counts', { actors: 1, relations: 1 })).toBe('1 actor · 1 relatie');
    expect(nl.t('analysis.figures.bridgesValue', { count: 1, actors: 2 })).toBe('1 band via 2 actoren');
    expect(nl.t('analysis.groups.status.verbonden', { count: 1 })).toBe('Verbonden via 1 persoon');
  });

  it('keeps the plural for other counts, in both languages', () => {
    expect(nl.t('forcefield.import.done', { count: 12, file: 'kv.csv' })).toBe('12 actoren geïmporteerd uit kv.csv.');
    expect(en.t('snapshots.timeline.counts', { actors: 42, relations: 1 })).toBe('42 actors · 1 relation');
    expect(en.t('analysis.groups.status.verbonden', { count: 3 })).toBe('Connected via 3 people');
  });
});
