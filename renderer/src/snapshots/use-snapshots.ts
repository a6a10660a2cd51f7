import { useCallback, useEffect, useState } from 'react';
import type { SnapshotInfo } from '../../../shared/domain/snapshot';
import type { AppError } from '../../../shared/result';
import { useApi } from '../app/use-api';

/** The snapshots of a map as the timeline shows them. */
export interface SnapshotList {
  readonly snapshots: readonly SnapshotInfo[];
  readonly damaged: readonly { readonly file: string; readonly reason: string }[];
  readonly error: AppError | null;
  /** Reads the list again (after taking a snapshot). */
  reload(): Promise<void>;
}

/** Loads the list of snapshots of a map from main. */
export function useSnapshots(mapId: string): SnapshotList {
  const api = useApi();
  const [state, setState] = useState<Omit<SnapshotList, 'reload'>>({ snapshots: [], damaged: [], error: null });
  const reload = useCallback(
    () =>
      api.snapshots.list({ mapId }).then((result) => {
        setState(result.ok ? { ...result.value, error: null } : { snapshots: [], damaged: [], error: result.error });
      }),
    [api, mapId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}
