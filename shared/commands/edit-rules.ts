import type { MapDocument, Relation } from '../domain/map-document';
import { err, ok, type Result } from '../result';
import { applyCommand } from './apply';
import type { Command } from './command';

/** True when another relation of the same kind already joins the same two actors (either way). */
export function isDuplicateRelation(doc: MapDocument, rel: Pick<Relation, 'id' | 'from' | 'to' | 'kind'>): boolean {
  return doc.relations.some(
    (r) => r.id !== rel.id && r.kind === rel.kind && ((r.from === rel.from && r.to === rel.to) || (r.from === rel.to && r.to === rel.from)),
  );
}

const DUPLICATE = 'Er is al zo’n relatie tussen deze twee actoren; pas die aan in plaats van een tweede te maken.';

/**
 * Rules for *new* edits only (not for undo/redo, which must always be able to restore what was
 * there, and not for files as they are): no second relation of the same kind between the same
 * two actors. Steps of a batch are checked against the map as the earlier steps leave it.
 */
export function checkNewEdit(doc: MapDocument, command: Command): Result<true> {
  switch (command.type) {
    case 'relation.add':
      return isDuplicateRelation(doc, command.relation) ? err('conflict', DUPLICATE) : ok(true);
    case 'relation.update': {
      const { patch } = command;
      if (patch.from === undefined && patch.to === undefined && patch.kind === undefined) return ok(true);
      const relation = doc.relations.find((r) => r.id === command.id);
      if (!relation) return ok(true);
      return isDuplicateRelation(doc, { ...relation, ...patch }) ? err('conflict', DUPLICATE) : ok(true);
    }
    case 'batch': {
      let current = doc;
      for (const step of command.commands) {
        const checked = checkNewEdit(current, step);
        if (!checked.ok) return checked;
        const applied = applyCommand(current, step);
        if (!applied.ok) return ok(true);
        current = applied.value.doc;
      }
      return ok(true);
    }
    default:
      return ok(true);
  }
}
