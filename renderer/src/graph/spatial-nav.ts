/** A direction of the arrow keys. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** An actor's place on the canvas (any one coordinate system, y downwards). */
export interface PlacedActor {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** The arrow key's direction, or null for another key. */
export function directionOfKey(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}

/** How far `to` lies in the direction (along) and how far off to the side (across). */
function axes(from: PlacedActor, to: PlacedActor, direction: Direction): { along: number; across: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  switch (direction) {
    case 'left':
      return { along: -dx, across: Math.abs(dy) };
    case 'right':
      return { along: dx, across: Math.abs(dy) };
    case 'up':
      return { along: -dy, across: Math.abs(dx) };
    case 'down':
      return { along: dy, across: Math.abs(dx) };
  }
}

/**
 * The nearest actor in a direction, as the eye sees it: only actors that lie that way (within 60°
 * of it) count, and one straight ahead beats one equally far off to the side. Null when there is
 * none that way. Pure, so the rule is tested without a canvas.
 */
export function nearestInDirection(from: PlacedActor, actors: readonly PlacedActor[], direction: Direction): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const actor of actors) {
    if (actor.id === from.id) continue;
    const { along, across } = axes(from, actor, direction);
    // tan(60°) ≈ 1.73: wider than a 45° cone, so a row that is slightly askew is still reachable.
    if (along <= 0 || across > along * 1.73) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = actor.id;
    }
  }
  return best;
}

/** The actor nearest to a point (where to start when nothing is selected), or null on an empty map. */
export function nearestTo(point: { readonly x: number; readonly y: number }, actors: readonly PlacedActor[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const actor of actors) {
    const d = Math.hypot(actor.x - point.x, actor.y - point.y);
    if (d < bestDistance) {
      bestDistance = d;
      best = actor.id;
    }
  }
  return best;
}
