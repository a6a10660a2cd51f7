import type { Actor, MapDocument, Relation } from '../domain/map-document';
import { err, ok, type Result } from '../result';
import type { ActorMove, Command } from './command';

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
  return ok({ doc: { ...doc, actors, relations }, inverse: { type: 'batch', commands: restore } });
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

function applyBatch(doc: MapDocument, commands: readonly Command[]): Result<Applied> {
  let current = doc;
  const inverses: Command[] = [];
  for (const command of commands) {
    const step = applyCommand(current, command);
    if (!step.ok) return step;
    current = step.value.doc;
    inverses.unshift(step.value.inverse);
  }
  return ok({ doc: current, inverse: { type: 'batch', commands: inverses } });
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
    case 'vocabulary.set': {
      // null takes the map back to the default vocabulary (the field is left out).
      const { vocabulary: previous, ...rest } = doc;
      const next = command.vocabulary === null ? rest : { ...rest, vocabulary: command.vocabulary };
      return ok({ doc: next, inverse: { type: 'vocabulary.set', vocabulary: previous ?? null } });
    }
    case 'batch':
      return applyBatch(doc, command.commands);
  }
}
