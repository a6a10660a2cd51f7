import type { Command } from '../../../shared/commands/command';
import type { Actor, MapDocument, Position, Relation } from '../../../shared/domain/map-document';

/** What "Kopiëren" holds: full copies of the chosen actors and of the relations among them. */
export interface ActorClip {
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
}

/** How far each paste moves the copies (model units), repeated until nothing sits on an original. */
export const PASTE_STEP: Position = { x: 80, y: 80 };
/** Two actors closer than this (about a large node plus its label) count as lying on each other. */
const OVERLAP = 60;

/** The chosen actors of a map and every relation whose two ends are both chosen; null when none is chosen. */
export function copyActors(doc: MapDocument, ids: Iterable<string>): ActorClip | null {
  const chosen = new Set(ids);
  const actors = doc.actors.filter((a) => chosen.has(a.id));
  if (actors.length === 0) return null;
  const kept = new Set(actors.map((a) => a.id));
  const relations = doc.relations.filter((r) => kept.has(r.from) && kept.has(r.to));
  return { actors, relations };
}

/** Lower case, no accents, single spaces: how names are compared for a clash. */
function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The copy's name: the same name, or with " (kopie)" (then " (kopie 2)", …) when the map already has it. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(nameKey(name))) return name;
  const base = `${name} (kopie)`;
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n += 1) {
    const next = `${name} (kopie ${n})`;
    if (!taken.has(nameKey(next))) return next;
  }
}

/** The smallest multiple of PASTE_STEP that puts none of the copies on an actor already on the map. */
function pasteOffset(clip: ActorClip, doc: MapDocument): Position {
  // Occupied places in a grid of OVERLAP-sized cells: a clash check looks at 3×3 cells, not every actor.
  const cells = new Map<string, Position[]>();
  const cellOf = (v: number): number => Math.floor(v / OVERLAP);
  for (const a of doc.actors) {
    if (!a.position) continue;
    const key = `${cellOf(a.position.x)},${cellOf(a.position.y)}`;
    const list = cells.get(key);
    if (list) list.push(a.position);
    else cells.set(key, [a.position]);
  }
  const near = (x: number, y: number): boolean => {
    for (let i = -1; i <= 1; i += 1) {
      for (let j = -1; j <= 1; j += 1) {
        const list = cells.get(`${cellOf(x) + i},${cellOf(y) + j}`);
        if (list?.some((o) => Math.abs(o.x - x) < OVERLAP && Math.abs(o.y - y) < OVERLAP)) return true;
      }
    }
    return false;
  };
  const placed = clip.actors.flatMap((a) => (a.position ? [a.position] : []));
  for (let k = 0; k < 1000; k += 1) {
    const dx = k * PASTE_STEP.x;
    const dy = k * PASTE_STEP.y;
    if (!placed.some((p) => near(p.x + dx, p.y + dy))) return { x: dx, y: dy };
  }
  return { x: 1000 * PASTE_STEP.x, y: 1000 * PASTE_STEP.y };
}

/** The result of a paste: one batch command for main, and the ids of the new actors (to select them). */
export interface Paste {
  readonly command: Command;
  readonly actorIds: readonly string[];
}

/**
 * Turns a clip into one undoable batch for `doc`: every actor and relation gets a new id (from
 * `newId`), a name that would clash gets " (kopie)", positions move by a step until no copy lies on
 * an existing actor, relations point at the copies, and a group keeps its copied members (a member
 * whose group was not copied stays in that group if it is on this map, else goes to the top level).
 */
export function pasteActors(clip: ActorClip, doc: MapDocument, newId: () => string): Paste {
  const ids = new Map(clip.actors.map((a) => [a.id, newId()]));
  const taken = new Set(doc.actors.map((a) => nameKey(a.name)));
  const existing = new Set(doc.actors.map((a) => a.id));
  const offset = pasteOffset(clip, doc);
  const actors = clip.actors.map((a): Actor => {
    const name = copyName(a.name, taken);
    taken.add(nameKey(name));
    const parent = a.parentId ? (ids.get(a.parentId) ?? (existing.has(a.parentId) ? a.parentId : null)) : a.parentId;
    return {
      ...a,
      id: ids.get(a.id) ?? newId(),
      name,
      tags: [...a.tags],
      position: a.position ? { x: a.position.x + offset.x, y: a.position.y + offset.y } : null,
      ...(parent !== undefined ? { parentId: parent } : {}),
    };
  });
  // Parents are added before their members (depth within the copied actors), so no step points nowhere.
  const parentOf = new Map(actors.map((a) => [a.id, a.parentId ?? null]));
  const depth = (id: string): number => {
    let d = 0;
    for (let p = parentOf.get(id); p && parentOf.has(p) && d < actors.length; p = parentOf.get(p)) d += 1;
    return d;
  };
  const sorted = actors.map((a) => ({ a, d: depth(a.id) })).sort((x, y) => x.d - y.d).map((x) => x.a);
  const relations = clip.relations.flatMap((r): Relation[] => {
    const from = ids.get(r.from);
    const to = ids.get(r.to);
    return from && to ? [{ ...r, id: newId(), from, to }] : [];
  });
  return {
    command: {
      type: 'batch',
      commands: [
        ...sorted.map((actor): Command => ({ type: 'actor.add', actor })),
        ...relations.map((relation): Command => ({ type: 'relation.add', relation })),
      ],
    },
    actorIds: actors.map((a) => a.id),
  };
}
