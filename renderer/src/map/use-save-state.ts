import { useEffect, useState } from 'react';
import type { SaveState } from '../../../shared/ipc/contract';
import { useApi } from '../app/use-api';

/**
 * Whether this map's edits are on disk, as main reports it: the state that came with main's last
 * answer (a new revision) until a later `map.saveState` event says otherwise.
 */
export function useSaveState(id: string, fromState: SaveState | undefined, revision: number | undefined): SaveState {
  const api = useApi();
  const [pushed, setPushed] = useState<SaveState | null>(null);
  const [seenRevision, setSeenRevision] = useState(revision);
  useEffect(
    () =>
      api.on('map.saveState', (event) => {
        if (event.id === id) setPushed(event.state);
      }),
    [api, id],
  );
  // A new answer from main carries the newest state; earlier events no longer count.
  if (revision !== seenRevision) {
    setSeenRevision(revision);
    setPushed(null);
  }
  return pushed ?? fromState ?? 'saved';
}
