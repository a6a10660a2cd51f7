import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import { createActor } from '../../../../shared/domain/factories';
import { emptyMap, mapDocumentSchema, type MapDocument } from '../../../../shared/domain/map-document';

function map(): MapDocument {
  return {
    ...emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z'),
    actors: [
      createActor({ id: 'gem', name: 'Gemeente Utrecht' }),
      createActor({ id: 'wm', name: 'Wijkmanager Lindenhof', parentId: 'gem' }),
      createActor({ id: 'bo', name: 'Beleidsadviseur', parentId: 'wm' }),
    ],
  };
}

describe('groups (an organisation contains teams and persons)', () => {
  it('accepts nested groups, and files without parentId at all', () => {
    expect(mapDocumentSchema.safeParse(map()).success).toBe(true);
    const old = { ...map(), actors: map().actors.map(({ parentId: _drop, ...rest }) => rest) };
    expect(mapDocumentSchema.safeParse(old).success).toBe(true);
  });

  it('refuses an unknown group and a loop, naming the field', () => {
    const unknown = { ...map(), actors: [...map().actors, createActor({ id: 'x', name: 'X', parentId: 'nergens' })] };
    const r1 = mapDocumentSchema.safeParse(unknown);
    expect(r1.success).toBe(false);
    expect(r1.error?.issues[0]?.path).toEqual(['actors', 3, 'parentId']);
    const loop = { ...map(), actors: map().actors.map((a) => (a.id === 'gem' ? { ...a, parentId: 'bo' } : a)) };
    expect(mapDocumentSchema.safeParse(loop).success).toBe(false);
    const self = { ...map(), actors: map().actors.map((a) => (a.id === 'gem' ? { ...a, parentId: 'gem' } : a)) };
    expect(mapDocumentSchema.safeParse(self).success).toBe(false);
  });

  it('removing a group moves its members to the top level, and undo puts them back', () => {
    const doc = map();
    const removed = applyCommand(doc, { type: 'actor.remove', id: 'wm' });
    if (!removed.ok) throw new Error(removed.error.message);
    expect(removed.value.doc.actors.find((a) => a.id === 'bo')?.parentId).toBeNull();
    expect(mapDocumentSchema.safeParse(removed.value.doc).success).toBe(true);
    const back = applyCommand(removed.value.doc, removed.value.inverse);
    expect(back.ok && back.value.doc).toEqual(doc);
  });
});
