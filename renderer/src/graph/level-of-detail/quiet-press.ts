import type { Core } from 'cytoscape';
import { collectionPrototype, type PressTarget } from '../cytoscape-internals';

/**
 * Pressing the mouse on an actor or relation "activates" it in Cytoscape (a faint overlay while the
 * button is down). Any such state change makes Cytoscape's canvas renderer throw away its cached
 * bitmap of the whole map, so the next frames draw every element one by one: 0.7 s at 5 000 actors
 * on 2 cores, at the press that starts a pan and again at its release. On big maps presses
 * therefore leave elements as they are; taps, drags and selection work as before.
 */
const quiet = new WeakSet<Core>();
let installed = false;

/** Wraps Cytoscape's (shared) `activate`/`unactivate` once so that quiet instances skip them. */
function install(cy: Core): boolean {
  if (installed) return true;
  const proto = collectionPrototype(cy);
  if (!proto) return false;
  for (const name of ['activate', 'unactivate'] as const) {
    const original = proto[name];
    proto[name] = function (this: PressTarget, ...args: unknown[]): PressTarget {
      // With arguments these bind event handlers; only the state change is skipped.
      if (args.length === 0 && quiet.has(this.cy())) return this;
      return original.apply(this, args);
    };
  }
  installed = true;
  return true;
}

/** Turns the pressed-element overlay on or off for one canvas (off for big maps). */
export function setPressFeedback(cy: Core, enabled: boolean): void {
  if (enabled) {
    quiet.delete(cy);
    return;
  }
  const proto = install(cy) ? collectionPrototype(cy) : null;
  if (!proto) return;
  proto.unactivate.call(cy.elements(':active') as PressTarget);
  quiet.add(cy);
}
