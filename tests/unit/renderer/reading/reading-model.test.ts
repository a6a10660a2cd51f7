import { describe, expect, it } from 'vitest';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import { filterChoices, marksFor, neighbourhood, NO_FILTER, PLAIN_READING, searchMatches, shownIds, toggleFilter } from '../../../../renderer/src/reading/reading-model';

// g — w — h — f — m   (a chain), p alone
function map(): MapDocument {
  return {
    ...emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z'),
    actors: [
      createActor({ id: 'g', name: 'Gemeente', category: 'gemeente', area: 'Noord' }),
      createActor({ id: 'w', name: 'Wijkteam', category: 'wijkteam', area: 'Zuid' }),
      createActor({ id: 'h', name: 'Huiskamer', kind: 'informeel', category: 'bewonersinitiatief', tags: ['huiskamer'] }),
      createActor({ id: 'f', name: 'Fátima', kind: 'informeel', category: 'bewoner', tags: ['huiskamer'] }),
      createActor({ id: 'm', name: 'Moskee', kind: 'informeel', category: 'religie' }),
      createActor({ id: 'p', name: 'Portaal', category: 'woningcorporatie' }),
    ],
    relations: [
      createRelation({ id: 'gw', from: 'g', to: 'w', kind: 'financiering', strength: 3 }),
      createRelation({ id: 'wh', from: 'w', to: 'h', kind: 'ondersteuning', strength: 2 }),
      createRelation({ id: 'hf', from: 'h', to: 'f', kind: 'informeel-contact', strength: 1 }),
      createRelation({ id: 'fm', from: 'f', to: 'm', kind: 'lid-van', strength: 2 }),
    ],
  };
}

describe('reading the map', () => {
  it('shows everything when nothing is asked', () => {
    const marks = marksFor(map(), PLAIN_READING);
    expect([...marks.hidden, ...marks.dimmed, ...marks.matched]).toEqual([]);
  });

  it('fades what a filter leaves out (with its ties), or hides it', () => {
    const reading = { ...PLAIN_READING, filter: toggleFilter(NO_FILTER, 'kinds', 'informeel') };
    const faded = marksFor(map(), reading);
    expect([...faded.dimmed].sort()).toEqual(['g', 'gw', 'p', 'w', 'wh']);
    const hidden = marksFor(map(), { ...reading, mode: 'hide' });
    expect([...hidden.hidden].sort()).toEqual(['g', 'gw', 'p', 'w', 'wh']);
    expect(hidden.dimmed.size).toBe(0);
  });

  it('filters relations by kind and strength without touching the actors', () => {
    const filter = toggleFilter(toggleFilter(NO_FILTER, 'strengths', 2), 'strengths', 3);
    expect([...marksFor(map(), { ...PLAIN_READING, filter }).dimmed]).toEqual(['hf']);
    expect(toggleFilter(filter, 'strengths', 3).strengths).toEqual([2]);
  });

  it('filters by buurt and tag', () => {
    const byArea = marksFor(map(), { ...PLAIN_READING, mode: 'hide', filter: toggleFilter(NO_FILTER, 'areas', 'Noord') });
    expect(byArea.hidden.has('g')).toBe(false);
    expect(byArea.hidden.has('w')).toBe(true);
    const byTag = marksFor(map(), { ...PLAIN_READING, mode: 'hide', filter: toggleFilter(NO_FILTER, 'tags', 'huiskamer') });
    expect([...byTag.hidden].filter((id) => id.length === 1).sort()).toEqual(['g', 'm', 'p', 'w']);
  });

  it('focus keeps one actor and its neighbours up to 1–3 steps', () => {
    expect([...neighbourhood(map(), 'h', 1)].sort()).toEqual(['f', 'h', 'w']);
    expect([...neighbourhood(map(), 'h', 2)].sort()).toEqual(['f', 'g', 'h', 'm', 'w']);
    const marks = marksFor(map(), { ...PLAIN_READING, focus: { id: 'm', depth: 1 } });
    expect([...marks.hidden].sort()).toEqual(['g', 'gw', 'h', 'hf', 'p', 'w', 'wh']);
  });

  it('search ignores case and accents, matches tags and buurt, and fades the rest', () => {
    expect(searchMatches(map(), 'FATI')).toEqual(['f']);
    expect(searchMatches(map(), 'huiskamer').sort()).toEqual(['f', 'h']);
    expect(searchMatches(map(), 'zuid')).toEqual(['w']);
    const marks = marksFor(map(), { ...PLAIN_READING, search: 'fati' });
    expect([...marks.matched]).toEqual(['f']);
    expect(marks.dimmed.has('g')).toBe(true);
    expect(marks.dimmed.has('f')).toBe(false);
  });

  it('offers only the values the map has as filter choices', () => {
    const choices = filterChoices(map());
    expect(choices.areas).toEqual(['Noord', 'Zuid']);
    expect(choices.tags).toEqual(['huiskamer']);
    expect(choices.strengths).toEqual([1, 2, 3]);
  });

  it('tells the other views (printing) what is left in view: nothing left out gives null', () => {
    expect(shownIds(map(), marksFor(map(), PLAIN_READING))).toBeNull();
    const reading = { ...PLAIN_READING, filter: toggleFilter(NO_FILTER, 'kinds', 'informeel') };
    expect([...(shownIds(map(), marksFor(map(), reading)) ?? [])].sort()).toEqual(['f', 'fm', 'h', 'hf', 'm']);
  });
});
