import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../shared/commands/command';
import { applyMapPatch } from '../../../shared/domain/map-patch';
import type { MapChange, MapState } from '../../../shared/ipc/contract';
import type { AppError, Result } from '../../../shared/result';
import { WINDOW_CLIENT_ID as clientId } from '../api/client-id';
import { useApi } from '../app/use-api';
import { useToast } from '../feedback/toast-context';

/** The map as main last confirmed it, and the ways to change it. */
export interface MapController {
  /** Null until the first answer arrives. */
  readonly state: MapState | null;
  /** Set when the map could not be opened (deleted, damaged). */
  readonly loadError: AppError | null;
  /** Sends a command; resolves true when main accepted it. Failures are shown, never thrown. */
  run(command: Command): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

/**
 * The state after a change main confirmed, or null when the change does not follow on from what
 * is shown (another window edited in between): the whole map must then be fetched.
 */
export function followOn(current: MapState | null, change: MapChange): MapState | null {
  if (!current || current.revision !== change.base) return null;
  try {
    const doc = applyMapPatch(current.doc, change.patch);
    return { doc, canUndo: change.canUndo, canRedo: change.canRedo, revision: change.revision, ...(change.save ? { save: change.save } : {}) };
  } catch {
    return null;
  }
}

/**
 * Opens a map and keeps it current. Every change goes to main as a command; main answers with a
 * patch against the revision shown, which is applied here (unchanged actors keep their identity,
 * so the canvas and the views skip them). `map.changed` events from other windows trigger a
 * re-fetch; events for this window's own edits in flight are not. Answers older than what is
 * shown are ignored, and after a failed command the map is re-fetched so the canvas never keeps
 * showing something main refused. Edits are sent one at a time, in order, with this window's client
 * id: undo and redo work on this window's own edits.
 */
export function useMapState(id: string, onLoaded: () => void): MapController {
  const api = useApi();
  const toast = useToast();
  const { t } = useTranslation();
  const [state, setState] = useState<MapState | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const stateRef = useRef<MapState | null>(null);
  const onLoadedRef = useRef(onLoaded);
  /** Edits of this window sent and not yet answered, and the newest revision announced meanwhile. */
  const inFlight = useRef(0);
  const heard = useRef(-1);

  useEffect(() => {
    onLoadedRef.current = onLoaded;
  }, [onLoaded]);

  const show = useCallback((next: MapState, force: boolean) => {
    const current = stateRef.current;
    if (!force && current && current.doc.id === next.doc.id && next.revision < current.revision) return;
    stateRef.current = next;
    setState(next);
  }, []);

  const refetch = useCallback(async () => {
    const result = await api.map.open({ id, clientId });
    if (result.ok) {
      setLoadError(null);
      // Not forced: a re-fetch started before a later undo may answer after it, and must not
      // put the older state back on screen.
      show(result.value, false);
    } else {
      setLoadError(result.error);
    }
    onLoadedRef.current();
  }, [api, id, show]);

  // The screen is keyed by map id, so `id` never changes within one instance.
  useEffect(() => {
    void api.map.open({ id, clientId }).then((result) => {
      if (result.ok) show(result.value, true);
      else setLoadError(result.error);
      onLoadedRef.current();
    });
    return api.on('map.changed', (event) => {
      if (event.id !== id || event.revision === stateRef.current?.revision) return;
      // While an edit of this window is on its way, the event is probably about that edit: its
      // answer decides (see settle) whether anything else changed.
      if (inFlight.current > 0) heard.current = Math.max(heard.current, event.revision);
      else void refetch();
    });
  }, [api, id, refetch, show]);

  const settle = useCallback(
    async (result: Result<MapChange>, failTitle: string): Promise<boolean> => {
      if (result.ok) {
        const next = followOn(stateRef.current, result.value);
        if (next) show(next, false);
        if (!next || heard.current > result.value.revision) await refetch();
        return true;
      }
      toast.error(failTitle, result.error);
      await refetch();
      return false;
    },
    [refetch, show, toast],
  );

  // Edits go to main one after another, in the order the user made them: a quick Ctrl+Z right
  // after a drag must undo that drag, not overtake it on another connection.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inOrder = useCallback(<T,>(step: () => Promise<T>): Promise<T> => {
    const tracked = async (): Promise<T> => {
      inFlight.current += 1;
      try {
        return await step();
      } finally {
        inFlight.current -= 1;
        if (inFlight.current === 0) heard.current = -1;
      }
    };
    const next = queue.current.then(tracked, tracked);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const run = useCallback(
    (command: Command) => inOrder(async () => settle(await api.map.apply({ id, clientId, command }), t('error.save'))),
    [api, id, inOrder, settle, t],
  );
  const undo = useCallback(() => inOrder(async () => settle(await api.map.undo({ id, clientId }), t('error.undo'))), [api, id, inOrder, settle, t]);
  const redo = useCallback(() => inOrder(async () => settle(await api.map.redo({ id, clientId }), t('error.redo'))), [api, id, inOrder, settle, t]);

  return useMemo(() => ({ state, loadError, run, undo, redo }), [state, loadError, run, undo, redo]);
}
