import { diffMaps } from '../../shared/domain/map-patch';
import type { MapChange, MapState } from '../../shared/ipc/contract';
import type { MapStore } from './map-store';

/** The answer to an edit: what changed between the state before and after, as a patch. */
export function changeBetween(before: MapState, after: MapState): MapChange {
  return {
    base: before.revision,
    revision: after.revision,
    canUndo: after.canUndo,
    canRedo: after.canRedo,
    ...(after.save ? { save: after.save } : {}),
    patch: diffMaps(before.doc, after.doc),
  };
}

/**
 * Runs an edit of one map (apply, undo, redo) and answers with the patch instead of the whole map:
 * at 5 000 actors that is a few hundred bytes instead of 2.8 MB to serialise, send and parse.
 */
export function editAsChange(store: MapStore, id: string, edit: () => MapState): MapChange {
  const before = store.open(id);
  return changeBetween(before, edit());
}
