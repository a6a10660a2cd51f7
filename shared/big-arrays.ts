/**
 * Loops for arrays of any length. `Math.max(...xs)` and `target.push(...xs)` pass every item as a
 * function argument, and V8 overflows its stack at roughly 125 000 of them ("Maximum call stack
 * size exceeded"), so code that may see imported or user-built data uses these instead.
 */

/** Appends every item of `items` to `target` (in place) and returns `target`. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest number, or `empty` for an empty list. */
export function maxOf(values: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  let max = empty;
  let first = true;
  for (const v of values) {
    if (first || v > max) max = v;
    first = false;
  }
  return max;
}

/** The smallest number, or `empty` for an empty list. */
export function minOf(values: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  let min = empty;
  let first = true;
  for (const v of values) {
    if (first || v < min) min = v;
    first = false;
  }
  return min;
}
