import { describe, expect, it } from 'vitest';
import { createActor } from '../../../../shared/domain/factories';
import { ownOrganisation, rememberOwnOrganisation } from '../../../../renderer/src/own/own-organisation';

/** A Storage-like map for one test. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

describe("the worker's own organisation, the same in Via wie and the snapshot comparison", () => {
  const actors = [createActor({ id: 'gem', name: 'Gemeente' }), createActor({ id: 'ob', name: 'Opbouwwerk Samen Sterk' }), createActor({ id: 'wt', name: 'Wijkteam' })];

  it('starts from the opbouwwerk guess, then follows the choice made in either view, per map', () => {
    const storage = memoryStorage();
    expect(ownOrganisation('m1', actors, storage)).toBe('ob');
    rememberOwnOrganisation('m1', 'wt', storage);
    expect(ownOrganisation('m1', actors, storage)).toBe('wt');
    expect(ownOrganisation('m2', actors, storage)).toBe('ob');
  });

  it('falls back to the guess when the chosen actor left the map or the choice was cleared', () => {
    const storage = memoryStorage();
    rememberOwnOrganisation('m1', 'gone', storage);
    expect(ownOrganisation('m1', actors, storage)).toBe('ob');
    rememberOwnOrganisation('m1', 'wt', storage);
    rememberOwnOrganisation('m1', '', storage);
    expect(ownOrganisation('m1', actors, storage)).toBe('ob');
  });
});
