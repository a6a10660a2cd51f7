import type { ActorMove } from '../commands/command';
import type { ForceField } from '../domain/force-field';
import type { MapDocument } from '../domain/map-document';

/** Size of one (stance, influence) cell of the krachtenveld layout on the canvas. */
export const CELL = { width: 360, height: 230 } as const;
const SLOT = { width: 170, height: 56 } as const;

/**
 * The "krachtenveld layout": actors of the force field placed by stance (x: −2 left … +2 right,
 * unknown in a column further right) and influence (y: 5 at the top); actors sharing a cell are
 * spread in two columns. Actors outside the force field go in rows below. Ties stay as they are.
 */
export function forceFieldLayout(doc: MapDocument, field: ForceField): ActorMove[] {
  const onMap = new Set(doc.actors.map((a) => a.id));
  const cells = new Map<string, string[]>();
  for (const e of field.entries) {
    if (!onMap.has(e.actorId)) continue;
    const key = `${e.stance ?? 'u'}|${e.influence}`;
    cells.set(key, [...(cells.get(key) ?? []), e.actorId]);
  }
  const moves: ActorMove[] = [];
  for (const [key, ids] of cells) {
    const [stanceRaw = '0', influenceRaw = '3'] = key.split('|');
    const column = stanceRaw === 'u' ? 3.3 : Number(stanceRaw);
    const cx = column * CELL.width;
    const cy = (3 - Number(influenceRaw)) * CELL.height;
    const columns = ids.length > 1 ? 2 : 1;
    const rows = Math.ceil(ids.length / columns);
    ids.forEach((id, i) => {
      const col = i % columns;
      const row = Math.floor(i / columns);
      moves.push({ id, position: { x: cx + (col - (columns - 1) / 2) * SLOT.width, y: cy + (row - (rows - 1) / 2) * SLOT.height } });
    });
  }
  const inField = new Set(moves.map((m) => m.id));
  const rest = doc.actors.filter((a) => !inField.has(a.id));
  const perRow = 8;
  const top = 3 * CELL.height;
  rest.forEach((a, i) => {
    const x = ((i % perRow) - (perRow - 1) / 2) * (SLOT.width + 30) + CELL.width * 0.5;
    // Alternate rows are shifted half a slot so long labels of neighbours do not meet.
    const shift = Math.floor(i / perRow) % 2 === 1 ? (SLOT.width + 30) / 2 : 0;
    moves.push({ id: a.id, position: { x: x + shift, y: top + Math.floor(i / perRow) * 110 } });
  });
  return moves;
}
