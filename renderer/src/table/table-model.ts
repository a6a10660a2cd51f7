import type { Command } from '../../../shared/commands/command';
import { isDuplicateRelation } from '../../../shared/commands/edit-rules';
import type { Actor, ActorPatch, MapDocument, Relation, RelationPatch } from '../../../shared/domain/map-document';
import { ACTOR_TEXT_FIELDS, type ActorTextKey } from '../map/actor-form-model';
import { INFLUENCE_MAX, INFLUENCE_MIN, STRENGTH_MAX, STRENGTH_MIN } from '../../../shared/domain/vocabulary';

/** A sortable column of the actor table: its own columns, and the text fields the field table marks `column`. */
export type ActorColumn = 'name' | 'kind' | 'category' | 'influence' | 'tags' | 'isPerson' | ActorTextKey;

/** The text fields shown as table columns (Buurt, Telefoon, E-mail …), from the field table, in its order. */
export const ACTOR_TEXT_COLUMNS = ACTOR_TEXT_FIELDS.filter(([, spec]) => spec.column);
/** A sortable column of the relation table. */
export type RelationColumn = 'from' | 'to' | 'kind' | 'strength' | 'directed' | 'since';

/** Which column a table is sorted on, and which way. */
export interface SortState<C extends string> {
  readonly column: C;
  readonly direction: 'ascending' | 'descending';
}

/** The next sort after clicking a column header: same column flips, a new one starts ascending. */
export function nextSort<C extends string>(current: SortState<C>, column: C): SortState<C> {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

type Key = string | number | boolean;

/** Sorts rows by a key (text with Dutch collation, numbers and booleans by value); stable. */
export function sortRows<T>(rows: readonly T[], key: (row: T) => Key, direction: SortState<string>['direction'], locale = 'nl'): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: key(row) }))
    .sort((a, b) => {
      const c =
        typeof a.key === 'string' && typeof b.key === 'string' ? collator.compare(a.key, b.key) : Number(a.key) - Number(b.key);
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map((r) => r.row);
}

/** The sort key of an actor in a column; `label` turns ids (category, kind) into what is shown. */
export function actorKey(actor: Actor, column: ActorColumn, label: (column: ActorColumn, value: string) => string): Key {
  switch (column) {
    case 'name':
      return actor.name;
    case 'kind':
    case 'category':
      return label(column, actor[column]);
    case 'influence':
      return actor.influence;
    case 'tags':
      return actor.tags.join(', ');
    case 'isPerson':
      return actor.isPerson;
    default:
      return actor[column] ?? '';
  }
}

/** A problem with a value typed in a cell, as a locale key of the `table` file, or null. */
export type CellProblem = 'table.problem.nameEmpty' | 'table.problem.influence' | 'table.problem.strength' | 'table.problem.sameActor' | 'table.problem.duplicate' | null;

/** Checks a new actor name. */
export function nameProblem(name: string): CellProblem {
  return name.trim().length === 0 ? 'table.problem.nameEmpty' : null;
}

/** Parses a typed influence; a problem unless it is a whole number 1–5. */
export function parseInfluence(text: string): { value: number } | { problem: CellProblem } {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n < INFLUENCE_MIN || n > INFLUENCE_MAX) return { problem: 'table.problem.influence' };
  return { value: n };
}

/** Parses a typed strength; a problem unless it is a whole number 1–3. */
export function parseStrength(text: string): { value: number } | { problem: CellProblem } {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n < STRENGTH_MIN || n > STRENGTH_MAX) return { problem: 'table.problem.strength' };
  return { value: n };
}

/** Splits typed tags into clean, unique tags (the one reader: shared/domain/tags). */
export { parseTags } from '../../../shared/domain/tags';

/** Checks a relation change before it is sent: not to itself, and not a second one of the same kind. */
export function relationChangeProblem(doc: MapDocument, relation: Relation, patch: RelationPatch): CellProblem {
  const next = { ...relation, ...patch };
  if (next.from === next.to) return 'table.problem.sameActor';
  if (isDuplicateRelation(doc, next)) return 'table.problem.duplicate';
  return null;
}

/** What a bulk edit does to every selected actor. */
export type BulkEdit =
  | { readonly type: 'category'; readonly category: string }
  | { readonly type: 'area'; readonly area: string }
  | { readonly type: 'addTag'; readonly tag: string }
  | { readonly type: 'kind'; readonly kind: Actor['kind'] };

function bulkPatch(actor: Actor, edit: BulkEdit): ActorPatch | null {
  switch (edit.type) {
    case 'category':
      return actor.category === edit.category ? null : { category: edit.category };
    case 'area':
      return actor.area === edit.area ? null : { area: edit.area };
    case 'kind':
      return actor.kind === edit.kind ? null : { kind: edit.kind };
    case 'addTag':
      return actor.tags.includes(edit.tag) ? null : { tags: [...actor.tags, edit.tag] };
  }
}

/** One undoable batch that applies the edit to the selected actors (only those it changes), or null. */
export function bulkCommand(doc: MapDocument, selected: ReadonlySet<string>, edit: BulkEdit): Command | null {
  const commands: Command[] = [];
  for (const actor of doc.actors) {
    if (!selected.has(actor.id)) continue;
    const patch = bulkPatch(actor, edit);
    if (patch) commands.push({ type: 'actor.update', id: actor.id, patch });
  }
  return commands.length > 0 ? { type: 'batch', commands } : null;
}

/** The selection after a click on a row's checkbox; with Shift, the range from the last click. */
export function toggleSelection(
  selected: ReadonlySet<string>,
  order: readonly string[],
  id: string,
  anchor: string | null,
  range: boolean,
): Set<string> {
  const next = new Set(selected);
  const on = !selected.has(id);
  const from = anchor === null ? -1 : order.indexOf(anchor);
  const to = order.indexOf(id);
  if (range && from >= 0 && to >= 0) {
    const [lo, hi] = from < to ? [from, to] : [to, from];
    for (const rowId of order.slice(lo, hi + 1)) {
      if (on) next.add(rowId);
      else next.delete(rowId);
    }
    return next;
  }
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
