import { useSyncExternalStore } from 'react';
import type { CanvasEmphasis } from '../graph/emphasis';

const layers = new Map<string, CanvasEmphasis | null>();
const listeners = new Set<() => void>();

/** Sets (or with null, clears) the layer the map of `mapId` shows over its network. */
export function setMapEmphasis(mapId: string, emphasis: CanvasEmphasis | null): void {
  layers.set(mapId, emphasis);
  for (const listener of listeners) listener();
}

/** The current layer of a map, re-rendering when it changes. */
export function useMapEmphasis(mapId: string): CanvasEmphasis | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => layers.get(mapId) ?? null,
  );
}
