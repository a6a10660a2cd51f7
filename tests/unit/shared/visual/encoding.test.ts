import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_RELATION_KINDS } from '../../../../shared/domain/vocabulary';
import {
  ACTOR_KIND_SHAPE,
  CATEGORY_COLOUR,
  categoryColour,
  FALLBACK_CATEGORY_COLOUR,
  RELATION_KIND_STYLE,
  textColourOn,
} from '../../../../shared/visual/encoding';

describe('visual encoding table', () => {
  it('gives every default category its own colour', () => {
    const colours = DEFAULT_CATEGORIES.map((c) => CATEGORY_COLOUR[c]);
    expect(colours.every(Boolean)).toBe(true);
    expect(new Set(colours).size).toBe(DEFAULT_CATEGORIES.length);
  });

  it('gives every default relation kind a style, distinguishable without colour for the common kinds', () => {
    for (const kind of DEFAULT_RELATION_KINDS) expect(RELATION_KIND_STYLE[kind]).toBeDefined();
    const lines = new Set(['samenwerking', 'overleg', 'informeel-contact'].map((k) => RELATION_KIND_STYLE[k]?.line));
    expect(lines.size).toBe(3);
  });

  it('draws formal and informal actors with different shapes', () => {
    expect(ACTOR_KIND_SHAPE.formeel).not.toBe(ACTOR_KIND_SHAPE.informeel);
  });

  it('falls back to grey for a category of the user', () => {
    expect(categoryColour('moestuin')).toBe(FALLBACK_CATEGORY_COLOUR);
  });

  it('picks readable text on dark and light fills', () => {
    expect(textColourOn('#332288')).toBe('#FFFFFF');
    expect(textColourOn('#EEDD88')).toBe('#000000');
  });
});
