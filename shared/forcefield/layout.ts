import type { ActorMove } from '../commands/command';
import type { ForceField } from '../domain/force-field';
import type { Actor, MapDocument } from '../domain/map-document';
import { actorBox, BOX_MARGIN } from '../layout/network-layout';
import { INFLUENCE_SIZE } from '../visual/encoding';

/** Room between the stance columns and between the field and the actors outside it, in model px. */
const GUTTER = 40;

/** The slot one actor with its label needs: the widest and tallest box of these actors. */
function slotOf(actors: readonly Actor[]): { w: number; h: number } {
  const boxes = actors.map((a) => actorBox({ name: a.name, size: INFLUENCE_SIZE[a.influence] ?? 40 }));
  return {
    w: Math.max(60, ...boxes.map((b) => b.w)) + BOX_MARGIN,
    h: Math.max(60, ...boxes.map((b) => b.h)) + BOX_MARGIN,
  };
}

/**
 * The "krachtenveld layout": actors of the force field placed by stance (x: −2 left … +2 right,
 * unknown in a column further right) and influence (y: 5 at the top); actors sharing a cell stand
 * in one or two columns of label-sized slots, so no label meets another. Actors outside the force
 * field are set apart in a compact block below it, as wide as the field. Ties stay as they are.
 */
export function forceFieldLayout(doc: MapDocument, field: ForceField): ActorMove[] {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const cells = new Map<string, string[]>();
  for (const e of field.entries) {
    if (!byId.has(e.actorId)) continue;
    const key = `${e.stance ?? 'u'}|${e.influence}`;
    cells.set(key, [...(cells.get(key) ?? []), e.actorId]);
  }
  const inFieldActors = [...cells.values()].flat().flatMap((id) => byId.get(id) ?? []);
  const slot = slotOf(inFieldActors);
  const fullest = Math.max(1, ...[...cells.values()].map((ids) => ids.length));
  const columns = fullest > 2 ? 2 : 1;
  const cellWidth = columns * slot.w + GUTTER;
  // Each influence row is as tall as its fullest cell (an empty row keeps a little room).
  const rowHeight = new Map<number, number>();
  for (const [key, ids] of cells) {
    const influence = Number(key.split('|')[1] ?? 3);
    rowHeight.set(influence, Math.max(rowHeight.get(influence) ?? 0, Math.ceil(ids.length / columns) * slot.h + GUTTER / 2));
  }
  const rowTop = new Map<number, number>();
  let y0 = 0;
  for (let influence = 5; influence >= 1; influence--) {
    rowTop.set(influence, y0);
    y0 += rowHeight.get(influence) ?? slot.h / 2;
  }
  const moves: ActorMove[] = [];
  for (const [key, ids] of cells) {
    const [stanceRaw = '0', influenceRaw = '3'] = key.split('|');
    const influence = Number(influenceRaw);
    const column = stanceRaw === 'u' ? 3.3 : Number(stanceRaw);
    const cx = column * cellWidth;
    const cy = (rowTop.get(influence) ?? 0) + (rowHeight.get(influence) ?? slot.h) / 2;
    const cols = Math.min(columns, ids.length);
    const rows = Math.ceil(ids.length / cols);
    ids.forEach((id, i) => {
      const x = cx + ((i % cols) - (cols - 1) / 2) * slot.w;
      const y = cy + (Math.floor(i / cols) - (rows - 1) / 2) * slot.h;
      moves.push({ id, position: { x: round(x), y: round(y) } });
    });
  }
  const inField = new Set(moves.map((m) => m.id));
  const rest = doc.actors.filter((a) => !inField.has(a.id));
  if (rest.length === 0) return moves;
  const restSlot = slotOf(rest);
  const left = -2 * cellWidth - cellWidth / 2;
  const fieldWidth = 3.3 * cellWidth + cellWidth / 2 - left;
  const perRow = Math.max(4, Math.floor(fieldWidth / restSlot.w));
  const top = y0 + GUTTER + restSlot.h / 2;
  rest.forEach((a, i) => {
    const x = left + ((i % perRow) + 0.5) * restSlot.w;
    moves.push({ id: a.id, position: { x: round(x), y: round(top + Math.floor(i / perRow) * restSlot.h) } });
  });
  return moves;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
