import { ACTOR_FIELDS } from '../../domain/fields/actor-fields';
import { exportedValueFields, fieldText, type ExportChoice } from '../../domain/fields/field-queries';
import { RELATION_FIELDS } from '../../domain/fields/relation-fields';
import type { MapDocument } from '../../domain/map-document';

/** One cell of a spreadsheet export: text, a number (kept a number in Excel) or empty. */
export type SheetCell = string | number | null;

/** The actor and relation sheets of a map, header row first, as CSV and Excel write them. */
export interface SheetRows {
  readonly actors: SheetCell[][];
  readonly relations: SheetCell[][];
}

function cell(value: unknown): SheetCell {
  return typeof value === 'number' ? value : fieldText(value);
}

/**
 * The rows of the actor and relation sheets, columns from the field table: Id, every exported
 * value field in table order, then Groep, X and Y; relations Id, Van, Naar and their fields.
 * Groups and relation ends are written by name when names are unique, else by id.
 */
export function sheetRows(doc: MapDocument, choice: ExportChoice = {}): SheetRows {
  const names = new Set(doc.actors.map((a) => a.name.trim().toLowerCase()));
  const byName = names.size === doc.actors.length;
  const ref = new Map(doc.actors.map((a) => [a.id, byName ? a.name : a.id]));
  const actorFields = exportedValueFields(ACTOR_FIELDS, choice);
  const relationFields = exportedValueFields(RELATION_FIELDS, choice);
  const actors: SheetCell[][] = [[ACTOR_FIELDS.id.header, ...actorFields.map(([, spec]) => spec.header), ACTOR_FIELDS.parentId.header, 'X', 'Y']];
  for (const a of doc.actors) {
    actors.push([
      a.id,
      ...actorFields.map(([key]) => cell(a[key])),
      a.parentId ? (ref.get(a.parentId) ?? a.parentId) : '',
      a.position ? a.position.x : null,
      a.position ? a.position.y : null,
    ]);
  }
  const relations: SheetCell[][] = [
    [RELATION_FIELDS.id.header, RELATION_FIELDS.from.header, RELATION_FIELDS.to.header, ...relationFields.map(([, spec]) => spec.header)],
  ];
  for (const r of doc.relations) relations.push([r.id, ref.get(r.from) ?? r.from, ref.get(r.to) ?? r.to, ...relationFields.map(([key]) => cell(r[key]))]);
  return { actors, relations };
}
