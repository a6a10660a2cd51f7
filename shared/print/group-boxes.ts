import type { Actor, Position } from '../domain/map-document';
import { GROUP_BOX } from '../visual/encoding';
import type { Box } from './network-svg';

/** Room above a group's members for the group's name (model pixels), as the canvas puts it on top. */
const TITLE_ROOM = 6;

/**
 * The boxes of the printed groups (organisations with their teams or people), model pixels: each
 * encloses its printed members — their shapes and labels — plus `GROUP_BOX.padding`, nested
 * groups inside their parent's box. A group with no printed member is not a box (it prints as
 * an actor). `extent` gives each member's drawn extent (shape and label).
 */
export function groupBoxes(actors: readonly Actor[], extent: (actor: Actor) => Box | null): Map<string, Box> {
  const printed = new Set(actors.map((a) => a.id));
  const members = new Map<string, Actor[]>();
  for (const a of actors) {
    const parent = a.parentId ?? null;
    if (parent !== null && printed.has(parent)) members.set(parent, [...(members.get(parent) ?? []), a]);
  }
  const boxes = new Map<string, Box>();
  const visiting = new Set<string>();
  const boxOf = (id: string): Box | null => {
    const known = boxes.get(id);
    if (known) return known;
    if (visiting.has(id)) return null; // a loop in the file: the schema refuses it, but never recurse forever
    visiting.add(id);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const m of members.get(id) ?? []) {
      const b = members.has(m.id) ? boxOf(m.id) : extent(m);
      if (!b) continue;
      minX = Math.min(minX, b.x);
      minY = Math.min(minY, b.y);
      maxX = Math.max(maxX, b.x + b.width);
      maxY = Math.max(maxY, b.y + b.height);
    }
    if (!Number.isFinite(minX)) return null;
    const p = GROUP_BOX.padding;
    const box = { x: minX - p, y: minY - p - TITLE_ROOM, width: maxX - minX + 2 * p, height: maxY - minY + 2 * p + TITLE_ROOM };
    boxes.set(id, box);
    return box;
  };
  for (const id of members.keys()) boxOf(id);
  return boxes;
}

/** Where the line from `from` towards the centre of `box` meets the box's border. */
export function boxBorderPoint(from: Position, box: Box): Position {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = from.x - cx;
  const dy = from.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const t = Math.min(box.width / 2 / Math.abs(dx || 1e-9), box.height / 2 / Math.abs(dy || 1e-9), 1);
  return { x: cx + dx * t, y: cy + dy * t };
}
