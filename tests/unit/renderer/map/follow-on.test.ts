import { describe, expect, it } from 'vitest';
import { createActor } from '../../../../shared/domain/factories';
import { emptyMap } from '../../../../shared/domain/map-document';
import { diffMaps } from '../../../../shared/domain/map-patch';
import type { MapState } from '../../../../shared/ipc/contract';
import { followOn } from '../../../../renderer/src/map/use-map-state';

const doc = { ...emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z'), actors: [createActor({ id: 'a1', name: 'Buurthuis' })] };
const shown: MapState = { doc, canUndo: false, canRedo: false, revision: 4 };
const edited = { ...doc, actors: [...doc.actors, createActor({ id: 'a2', name: 'Moskee' })] };

describe('a window takes over its own edit from the patch main answers with', () => {
  it('applies a patch made against the revision it shows', () => {
    const next = followOn(shown, { base: 4, revision: 5, canUndo: true, canRedo: false, patch: diffMaps(doc, edited) });
    expect(next?.doc).toEqual(edited);
    expect(next).toMatchObject({ revision: 5, canUndo: true });
    expect(next?.doc.actors[0]).toBe(doc.actors[0]);
  });

  it('asks for the whole map when another window edited in between', () => {
    expect(followOn(shown, { base: 5, revision: 6, canUndo: true, canRedo: false, patch: diffMaps(doc, edited) })).toBeNull();
    expect(followOn(null, { base: 4, revision: 5, canUndo: true, canRedo: false, patch: {} })).toBeNull();
  });

  it('asks for the whole map when the patch does not fit', () => {
    const patch = { actors: { put: [], remove: [], order: ['a9'] } };
    expect(followOn(shown, { base: 4, revision: 5, canUndo: true, canRedo: false, patch })).toBeNull();
  });
});
