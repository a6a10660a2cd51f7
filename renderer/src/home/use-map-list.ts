import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapSummary } from '../../../shared/domain/map-document';
import type { AppError, Result } from '../../../shared/result';
import { useApi } from '../app/use-api';

/** The maps as main lists them, newest change first. */
export interface MapList {
  /** Null until the first answer. */
  readonly maps: readonly MapSummary[] | null;
  readonly error: AppError | null;
  reload(): Promise<void>;
}

/** Sorts summaries by last change, newest first (ISO dates sort as text). */
export function byLastChange(maps: readonly MapSummary[]): MapSummary[] {
  return [...maps].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.name.localeCompare(b.name)));
}

/** Loads the list of maps and reloads it whenever main says the list changed (any window). */
export function useMapList(onLoaded: () => void): MapList {
  const api = useApi();
  const [maps, setMaps] = useState<readonly MapSummary[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const onLoadedRef = useRef(onLoaded);

  useEffect(() => {
    onLoadedRef.current = onLoaded;
  }, [onLoaded]);

  const accept = useCallback((result: Result<MapSummary[]>) => {
    if (result.ok) {
      setMaps(byLastChange(result.value));
      setError(null);
    } else {
      setError(result.error);
    }
    onLoadedRef.current();
  }, []);

  const reload = useCallback(() => api.maps.list({}).then(accept), [api, accept]);

  useEffect(() => {
    let alive = true;
    const load = () => api.maps.list({}).then((result) => alive && accept(result));
    void load();
    const off = api.on('maps.changed', () => void load());
    return () => {
      alive = false;
      off();
    };
  }, [api, accept]);

  return { maps, error, reload };
}
