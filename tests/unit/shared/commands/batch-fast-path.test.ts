import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import type { Command } from '../../../../shared/commands/command';
import type { MapDocument } from '../../../../shared/domain/map-document';
import { err, ok, type Result } from '../../../../shared/result';
import { actorArb, mapArb } from '../arbitraries';

/** Applies commands one by one (never through the batch fast path) and collects the batch inverse. */
function oneByOne(doc: MapDocument, commands: readonly Command[]): Result<{ doc: MapDocument; inverse: Command }> {
  let current = doc;
  const inverses: Command[] = [];
  for (const command of commands) {
    const step = applyCommand(current, command);
    if (!step.ok) return err(step.error.code, step.error.message);
    current = step.value.doc;
    inverses.unshift(step.value.inverse);
  }
  return ok({ doc: current, inverse: { type: 'batch', commands: inverses } });
}

/** Large batches of adds and removes, in any order, with some unknown ids. */
const batchFor = (doc: MapDocument): fc.Arbitrary<Command[]> => {
  const relationIds = doc.relations.map((r) => r.id);
  const actorIds = doc.actors.map((a) => a.id);
  const removeRelations = fc.shuffledSubarray([...relationIds, 'ghost']).map((ids) => ids.map((id): Command => ({ type: 'relation.remove', id })));
  const removeActors = fc.shuffledSubarray([...actorIds, 'ghost']).map((ids) => ids.map((id): Command => ({ type: 'actor.remove', id })));
  const addActors = fc.array(fc.uuid().chain(actorArb), { maxLength: 5 }).map((list) => list.map((actor): Command => ({ type: 'actor.add', actor })));
  return fc.tuple(removeRelations, removeActors, addActors, fc.boolean()).map(([rels, acts, adds, actorsFirst]) =>
    actorsFirst ? [...adds, ...acts, ...rels] : [...rels, ...adds, ...acts],
  );
};

describe('a batch gives the same map and the same undo as its commands one by one', () => {
  it('for runs of removals and appends (the fast paths used by import and its undo)', () => {
    fc.assert(
      fc.property(
        mapArb.chain((doc) => fc.tuple(fc.constant(doc), batchFor(doc))),
        ([doc, commands]) => {
          const fast = applyCommand(doc, { type: 'batch', commands });
          const slow = oneByOne(doc, commands);
          expect(fast.ok).toBe(slow.ok);
          if (fast.ok && slow.ok) {
            expect(fast.value.doc).toEqual(slow.value.doc);
            expect(fast.value.inverse).toEqual(slow.value.inverse);
            const undone = applyCommand(fast.value.doc, fast.value.inverse);
            expect(undone.ok && undone.value.doc).toEqual(doc);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
