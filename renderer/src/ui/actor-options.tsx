import { useState } from 'react';
import type { Actor } from '../../../shared/domain/map-document';

/** From this many actors on, a select only builds its options once the user reaches for it. */
export const LAZY_OPTIONS_FROM = 300;

/** Whether a select's options are wanted yet, and the handlers that say so. */
export interface OptionsReach {
  readonly reached: boolean;
  readonly onFocus: () => void;
  readonly onPointerDown: () => void;
}

/**
 * For a select over all actors of a big map: thousands of options cost ~100 ms to build every
 * time a form opens, so they are built when the select gets focus or is pressed (before its list
 * opens); until then it holds only the chosen actor. Small maps get all options at once.
 */
export function useOptionsReach(count: number): OptionsReach {
  const [reached, setReached] = useState(false);
  const reach = (): void => setReached(true);
  return { reached: reached || count < LAZY_OPTIONS_FROM, onFocus: reach, onPointerDown: reach };
}

/** The options of a select over actors: all of them once reached, otherwise only the chosen one. */
export function ActorOptions({ actors, chosen, all }: { readonly actors: readonly Actor[]; readonly chosen: string | null; readonly all: boolean }) {
  const shown = all ? actors : actors.filter((a) => a.id === chosen);
  return (
    <>
      {shown.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </>
  );
}

const collators = new Map<string, Intl.Collator>();

/** Actors sorted by name the way a Dutch (or English) reader expects (numbers in order, case ignored). */
export function sortByName(actors: readonly Actor[], language: string): Actor[] {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  const compare = collator.compare;
  return [...actors].sort((a, b) => compare(a.name, b.name));
}
