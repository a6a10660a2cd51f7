import { useSyncExternalStore } from 'react';
import type { ActorClip } from './actor-clipboard';

/*
 * The clipboard of copied actors lives in the renderer's memory, not on the system clipboard:
 * names, notes and ties of residents are personal data and must not end up in other programs.
 * It survives switching maps (the home screen and every map share this renderer) and is gone when
 * the app closes.
 */
let held: ActorClip | null = null;
const listeners = new Set<() => void>();

/** Puts a clip on the Wijkweb clipboard (replacing what was there). */
export function holdClip(clip: ActorClip): void {
  held = clip;
  for (const listener of listeners) listener();
}

/** What the Wijkweb clipboard holds now, or null. */
export function heldClip(): ActorClip | null {
  return held;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The clip on the Wijkweb clipboard, re-rendering when it changes. */
export function useHeldClip(): ActorClip | null {
  return useSyncExternalStore(subscribe, heldClip);
}
