import { emptyMap, type Actor, type MapDocument, type Relation } from '../domain/map-document';
import { err, ok, type Result } from '../result';
import { applyForceFieldCommand, entriesOfActor } from './apply-force-field';
import { applyRecordCommand } from './apply-records';
import { deleteVocabularyEntry, mergeVocabularyEntry } from './apply-vocabulary';
import { MAP_META_KEYS, type ActorMove, type Command, type MapContent } from './command';
import { append } from '../big-arrays';

/** The outcome of applying a command: the new document and the command that undoes it. */
export interface Applied {
  readonly doc: MapDocument;
  readonly inverse: Command;
}

function insertAt<T>(list: readonly T[], item: T, index: number | undefined): T[] {
  const copy = list.slice();
  const at = index === undefined ? copy.length : Math.min(index, copy.length);
  copy.splice(at, 0, item);
  return copy;
}

function pick<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) out[key] = source[key];
  return out;
}

function checkEnds(doc: MapDocument, rel: Relation): Result<true> {
  for (const end of [rel.from, rel.to]) {
    if (!doc.actors.some((a) => a.id === end)) return err('not-found', `Actor "${end}" bestaat niet op deze kaart.`);
  }
  if (rel.from === rel.to) return err('conflict', 'Een relatie verbindt twee verschillende actoren.');
  return ok(true);
}

function addActor(doc: MapDocument, actor: Actor, index: number | undefined): Result<Applied> {
  if (doc.actors.some((a) => a.id === actor.id)) return err('conflict', `Er is al een actor met id "${actor.id}".`);
  return ok({ doc: { ...doc, actors: insertAt(doc.actors, actor, index) }, inverse: { type: 'actor.remove', id: actor.id } });
}

function removeActor(doc: MapDocument, id: string): Result<Applied> {
  const index = doc.actors.findIndex((a) => a.id === id);
  const actor = doc.actors[index];
  if (!actor) return err('not-found', `Actor "${id}" bestaat niet op deze kaart.`);
  const restore: Command[] = [{ type: 'actor.add', actor, index }];
  const relations: Relation[] = [];
  doc.relations.forEach((rel, i) => {
    if (rel.from === id || rel.to === id) restore.push({ type: 'relation.add', relation: rel, index: i });
    else relations.push(rel);
  });
  // Members of a removed group move to the top level; undo puts them back in the group.
  const actors = doc.actors.map((a) => {
    if (a.parentId !== id) return a;
    restore.push({ type: 'actor.update', id: a.id, patch: { parentId: id } });
    return { ...a, parentId: null };
  });
  actors.splice(index, 1);
  const entries = entriesOfActor(doc, id);
  append(restore, entries.restore);
  return ok({ doc: { ...doc, actors, relations, forceFields: entries.forceFields }, inverse: { type: 'batch', commands: restore } });
}

function moveActors(doc: MapDocument, moves: readonly ActorMove[]): Result<Applied> {
  const byId = new Map(doc.actors.map((a, i) => [a.id, i]));
  const actors = doc.actors.slice();
  const back: ActorMove[] = [];
  for (const move of moves) {
    const i = byId.get(move.id);
    const actor = i === undefined ? undefined : actors[i];
    if (i === undefined || !actor) return err('not-found', `Actor "${move.id}" bestaat niet op deze kaart.`);
    back.unshift({ id: move.id, position: actor.position });
    actors[i] = { ...actor, position: move.position };
  }
  return ok({ doc: { ...doc, actors }, inverse: { type: 'actors.move', moves: back } });
}

/** Counts removed positions below an index in O(log n) (a Fenwick tree). */
class RemovedBefore {
  readonly #tree: number[];
  constructor(size: number) {
    this.#tree = new Array<number>(size + 1).fill(0);
  }
  add(index: number): void {
    for (let i = index + 1; i < this.#tree.length; i += i & -i) this.#tree[i] = (this.#tree[i] ?? 0) + 1;
  }
  below(index: number): number {
    let sum = 0;
    for (let i = index; i > 0; i -= i & -i) sum += this.#tree[i] ?? 0;
    return sum;
  }
}

/**
 * Removes a run of items by id as if one after the other, in O(k log n): each inverse gets the
 * index the item had at the moment of its removal, exactly as the one-by-one path gives.
 */
function removeRun<T extends { id: string }>(
  list: readonly T[],
  ids: readonly string[],
): { kept: T[]; removed: { item: T; index: number }[] } | { missing: string } {
  const position = new Map(list.map((item, i) => [item.id, i]));
  const gone = new Set<string>();
  const counter = new RemovedBefore(list.length);
  const removed: { item: T; index: number }[] = [];
  for (const id of ids) {
    const at = position.get(id);
    const item = at === undefined ? undefined : list[at];
    if (at === undefined || !item || gone.has(id)) return { missing: id };
    removed.push({ item, index: at - counter.below(at) });
    counter.add(at);
    gone.add(id);
  }
  return { kept: list.filter((item) => !gone.has(item.id)), removed };
}

/**
 * Applies a batch. Appending actor.add / relation.add commands (the bulk of an import) go through
 * a fast path that appends to one working copy with id sets, and runs of relation.remove (and of
 * actor.remove for actors without relations: the undo of an import) are removed in one pass, so
 * a batch of N such commands is O(N log N), not O(N²). Any other command is applied normally on
 * the document built so far; the document and inverse are the same as applying one by one.
 */
function applyBatch(doc: MapDocument, commands: readonly Command[]): Result<Applied> {
  let current = doc;
  let actors: Actor[] | null = null;
  let relations: Relation[] | null = null;
  let actorIds: Set<string> | null = null;
  let relationIds: Set<string> | null = null;
  const inverses: Command[] = [];
  const settle = (): void => {
    if (actors || relations) current = { ...current, actors: actors ?? current.actors, relations: relations ?? current.relations };
    actors = relations = null;
    actorIds = relationIds = null;
  };
  for (let i = 0; i < commands.length; i++) {
    const command = commands[i];
    if (!command) continue;
    if (command.type === 'actor.add' && (command.index === undefined || command.index >= (actors ?? current.actors).length)) {
      actors ??= current.actors.slice();
      actorIds ??= new Set(actors.map((a) => a.id));
      if (actorIds.has(command.actor.id)) return err('conflict', `Er is al een actor met id "${command.actor.id}".`);
      actors.push(command.actor);
      actorIds.add(command.actor.id);
      inverses.push({ type: 'actor.remove', id: command.actor.id });
      continue;
    }
    if (command.type === 'relation.add' && (command.index === undefined || command.index >= (relations ?? current.relations).length)) {
      const rel = command.relation;
      relations ??= current.relations.slice();
      relationIds ??= new Set(relations.map((r) => r.id));
      actorIds ??= new Set((actors ?? current.actors).map((a) => a.id));
      if (relationIds.has(rel.id)) return err('conflict', `Er is al een relatie met id "${rel.id}".`);
      for (const end of [rel.from, rel.to]) if (!actorIds.has(end)) return err('not-found', `Actor "${end}" bestaat niet op deze kaart.`);
      if (rel.from === rel.to) return err('conflict', 'Een relatie verbindt twee verschillende actoren.');
      relations.push(rel);
      relationIds.add(rel.id);
      inverses.push({ type: 'relation.remove', id: rel.id });
      continue;
    }
    settle();
    if (command.type === 'relation.remove' && commands[i + 1]?.type === 'relation.remove') {
      const ids: string[] = [];
      for (let c = commands[i]; c?.type === 'relation.remove'; c = commands[++i]) ids.push(c.id);
      i--;
      const run = removeRun(current.relations, ids);
      if ('missing' in run) return err('not-found', `Relatie "${run.missing}" bestaat niet op deze kaart.`);
      current = { ...current, relations: run.kept };
      for (const { item, index } of run.removed) inverses.push({ type: 'relation.add', relation: item, index });
      continue;
    }
    if (command.type === 'actor.remove' && commands[i + 1]?.type === 'actor.remove') {
      // Only actors that nothing else refers to: removing the others also removes their relations
      // force-field entries and group members, which the one-by-one path handles (and undoes) properly.
      const linked = new Set([
        ...current.relations.flatMap((r) => [r.from, r.to]),
        ...current.forceFields.flatMap((f) => f.entries.map((e) => e.actorId)),
        ...current.actors.flatMap((a) => (a.parentId ? [a.parentId] : [])),
      ]);
      const ids: string[] = [];
      for (let c = commands[i]; c?.type === 'actor.remove' && !linked.has(c.id); c = commands[++i]) ids.push(c.id);
      if (ids.length > 0) {
        i--;
        const run = removeRun(current.actors, ids);
        if ('missing' in run) return err('not-found', `Actor "${run.missing}" bestaat niet op deze kaart.`);
        current = { ...current, actors: run.kept };
        for (const { item, index } of run.removed) inverses.push({ type: 'batch', commands: [{ type: 'actor.add', actor: item, index }] });
        continue;
      }
    }
    const step = applyCommand(current, command);
    if (!step.ok) return step;
    current = step.value.doc;
    inverses.push(step.value.inverse);
  }
  settle();
  inverses.reverse();
  return ok({ doc: current, inverse: { type: 'batch', commands: inverses } });
}

function restoreContent(doc: MapDocument, content: MapContent): Result<Applied> {
  for (const key of Object.keys(content)) {
    if (MAP_META_KEYS.includes(key)) return err('invalid-input', `"${key}" hoort niet bij de inhoud van een kaart.`);
  }
  // The whole content is replaced: what the restored content lacks (a snapshot from before force
  // fields or meetings existed) starts empty, so nothing can point at actors that are not there.
  const current = doc as unknown as Record<string, unknown>;
  const previous = Object.fromEntries(Object.keys(current).filter((key) => !MAP_META_KEYS.includes(key)).map((key) => [key, current[key]]));
  const meta = Object.fromEntries(MAP_META_KEYS.map((key) => [key, current[key]]));
  const next = { ...emptyMap(doc.id, doc.name, doc.createdAt), ...content, ...meta } as MapDocument;
  return ok({ doc: next, inverse: { type: 'map.restore', content: previous as MapContent } });
}

/**
 * Applies one command to a map document. Pure: the input is not changed. An unknown id or a
 * broken invariant gives a failed Result, never a throw.
 */
export function applyCommand(doc: MapDocument, command: Command): Result<Applied> {
  switch (command.type) {
    case 'actor.add':
      return addActor(doc, command.actor, command.index);
    case 'actor.remove':
      return removeActor(doc, command.id);
    case 'actor.update': {
      const i = doc.actors.findIndex((a) => a.id === command.id);
      const actor = doc.actors[i];
      if (!actor) return err('not-found', `Actor "${command.id}" bestaat niet op deze kaart.`);
      const keys = Object.keys(command.patch) as (keyof typeof command.patch)[];
      const actors = doc.actors.slice();
      actors[i] = { ...actor, ...command.patch };
      return ok({ doc: { ...doc, actors }, inverse: { type: 'actor.update', id: command.id, patch: pick(actor, keys) } });
    }
    case 'actors.move':
      return moveActors(doc, command.moves);
    case 'relation.add': {
      if (doc.relations.some((r) => r.id === command.relation.id)) {
        return err('conflict', `Er is al een relatie met id "${command.relation.id}".`);
      }
      const ends = checkEnds(doc, command.relation);
      if (!ends.ok) return ends;
      return ok({
        doc: { ...doc, relations: insertAt(doc.relations, command.relation, command.index) },
        inverse: { type: 'relation.remove', id: command.relation.id },
      });
    }
    case 'relation.update': {
      const i = doc.relations.findIndex((r) => r.id === command.id);
      const relation = doc.relations[i];
      if (!relation) return err('not-found', `Relatie "${command.id}" bestaat niet op deze kaart.`);
      const next = { ...relation, ...command.patch };
      const ends = checkEnds(doc, next);
      if (!ends.ok) return ends;
      const keys = Object.keys(command.patch) as (keyof typeof command.patch)[];
      const relations = doc.relations.slice();
      relations[i] = next;
      return ok({ doc: { ...doc, relations }, inverse: { type: 'relation.update', id: command.id, patch: pick(relation, keys) } });
    }
    case 'relation.remove': {
      const index = doc.relations.findIndex((r) => r.id === command.id);
      const relation = doc.relations[index];
      if (!relation) return err('not-found', `Relatie "${command.id}" bestaat niet op deze kaart.`);
      const relations = doc.relations.slice();
      relations.splice(index, 1);
      return ok({ doc: { ...doc, relations }, inverse: { type: 'relation.add', relation, index } });
    }
    case 'meeting.add':
      return applyRecordCommand(doc, 'meetings', { kind: 'add', record: command.meeting, index: command.index });
    case 'meeting.update':
      return applyRecordCommand(doc, 'meetings', { kind: 'update', id: command.id, patch: command.patch });
    case 'meeting.remove':
      return applyRecordCommand(doc, 'meetings', { kind: 'remove', id: command.id });
    case 'contact.add':
      return applyRecordCommand(doc, 'contacts', { kind: 'add', record: command.contact, index: command.index });
    case 'contact.update':
      return applyRecordCommand(doc, 'contacts', { kind: 'update', id: command.id, patch: command.patch });
    case 'contact.remove':
      return applyRecordCommand(doc, 'contacts', { kind: 'remove', id: command.id });
    case 'forcefield.add':
    case 'forcefield.update':
    case 'forcefield.duplicate':
    case 'forcefield.remove':
    case 'forcefield.entry.set':
    case 'forcefield.entry.remove':
      return applyForceFieldCommand(doc, command);
    case 'vocabulary.set': {
      // null takes the map back to the default vocabulary (the field is left out).
      const { vocabulary: previous, ...rest } = doc;
      const next = command.vocabulary === null ? rest : { ...rest, vocabulary: command.vocabulary };
      return ok({ doc: next, inverse: { type: 'vocabulary.set', vocabulary: previous ?? null } });
    }
    case 'vocabulary.merge':
      return mergeVocabularyEntry(doc, command.list, command.from, command.into);
    case 'vocabulary.delete':
      return deleteVocabularyEntry(doc, command.list, command.id);
    case 'batch':
      return applyBatch(doc, command.commands);
    case 'map.restore':
      return restoreContent(doc, command.content);
  }
}
