import { useState } from 'react';

/** Shallow equality of two flat records (form values). */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

/** Form values that start from `source` and follow it while the user has not changed anything. */
export interface SyncedForm<T> {
  readonly values: T;
  /** Changes one field. */
  set<K extends keyof T>(key: K, value: T[K]): void;
  /** Changes several fields at once. */
  patch(values: Partial<T>): void;
  /** True when the values differ from the source (there is something to save). */
  readonly dirty: boolean;
}

/**
 * Local form state for editing something main owns. While the form is untouched it follows the
 * source (an undo, or another window, changed it); once the user typed, their text is kept, so a
 * failed save or a remote change never throws away what they entered.
 */
export function useSyncedForm<T extends object>(source: T): SyncedForm<T> {
  const [base, setBase] = useState(source);
  const [values, setValues] = useState(source);
  if (!shallowEqual(base, source)) {
    // Adjusting state during render when a prop changed (React's documented pattern).
    setBase(source);
    if (shallowEqual(values, base)) setValues(source);
  }
  return {
    values,
    set: (key, value) => setValues((v) => ({ ...v, [key]: value })),
    patch: (patch) => setValues((v) => ({ ...v, ...patch })),
    dirty: !shallowEqual(values, source),
  };
}
