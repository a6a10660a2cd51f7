import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import type { Command } from '../../../../shared/commands/command';
import { emptyMap, mapDocumentSchema, type MapDocument } from '../../../../shared/domain/map-document';
import { lindenhof } from '../../../support/lindenhof-fixture';

/** Lindenhof as the file names its categories, with "ondernemers" and "sleutelfiguur" as own entries. */
function map(): MapDocument {
  const { actors, relations } = lindenhof();
  return {
    ...emptyMap('m1', 'Lindenhof', '2026-01-01T00:00:00.000Z'),
    actors,
    relations,
    vocabulary: {
      categories: [
        { id: 'ondernemers', label: 'Ondernemers', colour: '#222255' },
        { id: 'sleutelfiguur', label: 'Sleutelfiguur', colour: '#6699CC' },
        { id: 'fonds', label: 'Fonds', colour: '#CCDDAA' },
      ],
      relationKinds: [{ id: 'burenhulp', label: 'Burenhulp', colour: '#994455' }],
    },
  };
}

function apply(doc: MapDocument, command: Command) {
  const result = applyCommand(doc, command);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('merging and deleting vocabulary entries', () => {
  it('merging “Ondernemers” into “Ondernemer” moves its actors along and drops the entry; one undo gives back the map', () => {
    const before = map();
    const { doc, inverse } = apply(before, { type: 'vocabulary.merge', list: 'categories', from: 'ondernemers', into: 'ondernemer' });
    expect(doc.actors.find((a) => a.name === 'Winkeliersvereniging Lindenplein')?.category).toBe('ondernemer');
    expect(doc.actors.some((a) => a.category === 'ondernemers')).toBe(false);
    expect(doc.vocabulary?.categories.map((c) => c.id)).toEqual(['sleutelfiguur', 'fonds']);
    expect(mapDocumentSchema.safeParse(doc).success).toBe(true);
    expect(apply(doc, inverse).doc).toEqual(before);
  });

  it('an own entry can be merged into another own entry, and a relation kind into another kind', () => {
    const before = map();
    const merged = apply(before, { type: 'vocabulary.merge', list: 'categories', from: 'sleutelfiguur', into: 'fonds' }).doc;
    expect(merged.actors.filter((a) => a.category === 'fonds')).toHaveLength(4);
    const withKind = { ...before, relations: before.relations.map((r, i) => (i < 2 ? { ...r, kind: 'burenhulp' } : r)) };
    const { doc, inverse } = apply(withKind, { type: 'vocabulary.merge', list: 'relationKinds', from: 'burenhulp', into: 'ondersteuning' });
    expect(doc.relations.slice(0, 2).map((r) => r.kind)).toEqual(['ondersteuning', 'ondersteuning']);
    expect(doc.vocabulary?.relationKinds).toEqual([]);
    expect(apply(doc, inverse).doc).toEqual(withKind);
  });

  it('deleting a category in use moves its actors to “Overig”; undo puts them back', () => {
    const before = map();
    const { doc, inverse } = apply(before, { type: 'vocabulary.delete', list: 'categories', id: 'sleutelfiguur' });
    expect(before.actors.filter((a) => a.category === 'sleutelfiguur')).toHaveLength(3);
    expect(doc.actors.filter((a) => a.category === 'overig')).toHaveLength(3);
    expect(doc.vocabulary?.categories.some((c) => c.id === 'sleutelfiguur')).toBe(false);
    expect(apply(doc, inverse).doc).toEqual(before);
  });

  it('refuses what would lose meaning: built-in entries, unknown targets, a relation kind still in use', () => {
    const before = map();
    const refused = (command: Command) => {
      const result = applyCommand(before, command);
      return result.ok ? null : result.error.code;
    };
    expect(refused({ type: 'vocabulary.merge', list: 'categories', from: 'gemeente', into: 'overig' })).toBe('invalid-input');
    expect(refused({ type: 'vocabulary.merge', list: 'categories', from: 'fonds', into: 'bestaat-niet' })).toBe('not-found');
    expect(refused({ type: 'vocabulary.merge', list: 'categories', from: 'fonds', into: 'fonds' })).toBe('invalid-input');
    const used = { ...before, relations: before.relations.map((r, i) => (i === 0 ? { ...r, kind: 'burenhulp' } : r)) };
    const result = applyCommand(used, { type: 'vocabulary.delete', list: 'relationKinds', id: 'burenhulp' });
    expect(result.ok ? null : result.error.code).toBe('conflict');
    expect(applyCommand(before, { type: 'vocabulary.delete', list: 'relationKinds', id: 'burenhulp' }).ok).toBe(true);
  });
});
