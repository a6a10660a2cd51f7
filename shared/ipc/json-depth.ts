/** How deeply an API input may nest arrays and objects; real calls stay below 20. */
export const MAX_INPUT_DEPTH = 100;

/**
 * Whether a parsed JSON value nests arrays or objects deeper than `max` levels. Iterative, so a
 * hostile value of 100 000 levels cannot overflow the stack here (it would in a recursive schema).
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > max) return true;
    for (const child of Array.isArray(item.value) ? item.value : Object.values(item.value)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth });
    }
  }
  return false;
}
