import type { Actor } from '../../../shared/domain/map-document';

/** localStorage key prefix of the actor a worker chose as their own organisation, per map. */
const KEY = 'wijkweb.ownOrganisation.';

/** The actor that most likely is the worker's own organisation (name says opbouwwerk, or category welzijn), or ''. */
export function guessOwnActor(actors: readonly Actor[]): string {
  return (actors.find((a) => /opbouwwerk/i.test(a.name)) ?? actors.find((a) => a.category === 'welzijn'))?.id ?? '';
}

/**
 * The worker's own organisation on this map: the one they last chose (in Via wie or the snapshot
 * comparison), while it is still on the map; otherwise the guess. One answer for every view.
 */
export function ownOrganisation(mapId: string, actors: readonly Actor[], storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string {
  let chosen: string | null = null;
  try {
    chosen = storage?.getItem(KEY + mapId) ?? null;
  } catch {
    chosen = null;
  }
  return chosen !== null && actors.some((a) => a.id === chosen) ? chosen : guessOwnActor(actors);
}

/** Remembers the worker's choice of own organisation for this map (on this computer only). */
export function rememberOwnOrganisation(mapId: string, actorId: string, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage): void {
  try {
    if (actorId) storage?.setItem(KEY + mapId, actorId);
    else storage?.removeItem(KEY + mapId);
  } catch {
    // No storage (private mode): the guess is used next time.
  }
}
