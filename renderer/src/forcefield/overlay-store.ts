import { useSyncExternalStore } from 'react';

/** What the network view shows of a force field: its stances as colours, and maybe one route. */
export interface ForceFieldOverlay {
  /** The force field whose stances colour the network; null: normal colours. */
  readonly fieldId: string | null;
  /** Actor and relation ids of the route to highlight; empty: no route. */
  readonly route: readonly string[];
}

let current: ForceFieldOverlay = { fieldId: null, route: [] };
const listeners = new Set<() => void>();

/** Sets the overlay (shared by the Krachtenveld view and the network view). */
export function setOverlay(next: ForceFieldOverlay): void {
  current = next;
  for (const listener of listeners) listener();
}

/** The overlay as a React value that re-renders on change. */
export function useOverlay(): ForceFieldOverlay {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** What the Krachtenveld tab last showed, so switching to "Kaart" and back keeps the user's place. */
export const viewMemory: { fieldId: string | null; section: string } = { fieldId: null, section: 'table' };
