import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/commands/command';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { useDataDir } from './store-fixtures';

const ids = ['a', 'b', 'c', 'd', 'e'];
const relIds = ['r1', 'r2', 'r3', 'r4'];
const idArb = fc.constantFrom(...ids);
const relIdArb = fc.constantFrom(...relIds);
const text = fc.string({ maxLength: 12 }).filter((s) => s.trim().length > 0);

/** Random edits; many of them fail (unknown or duplicate ids), which must change nothing. */
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ id: idArb, name: text, influence: fc.integer({ min: 1, max: 5 }) }).map(({ id, name, influence }) => ({
    type: 'actor.add' as const,
    actor: createActor({ id, name, influence }),
  })),
  fc.record({ id: idArb, note: fc.string({ maxLength: 30 }) }).map(({ id, note }) => ({ type: 'actor.update' as const, id, patch: { note } })),
  idArb.map((id) => ({ type: 'actor.remove' as const, id })),
  fc.record({ id: idArb, x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }).map(({ id, x, y }) => ({
    type: 'actors.move' as const,
    moves: [{ id, position: { x, y } }],
  })),
  fc.record({ id: relIdArb, from: idArb, to: idArb, strength: fc.integer({ min: 1, max: 3 }) }).map(({ id, from, to, strength }) => ({
    type: 'relation.add' as const,
    relation: createRelation({ id, from, to, strength }),
  })),
  relIdArb.map((id) => ({ type: 'relation.remove' as const, id })),
);

type Step = { kind: 'apply'; command: Command } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'flush' };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: commandArb.map((command) => ({ kind: 'apply' as const, command })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'flush' as const }) },
);

describe('MapStore: any sequence of edits survives a restart', () => {
  const data = useDataDir();

  it('reopens to exactly the document it had in memory', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const store = data.open({ backupCount: 2 });
        const { id } = store.create('Eigenschap');
        for (const step of steps) {
          const before = store.open(id);
          try {
            if (step.kind === 'apply') store.apply(id, step.command);
            else if (step.kind === 'undo') store.undo(id);
            else if (step.kind === 'redo') store.redo(id);
            else store.flush();
          } catch {
            // Refused edits are part of the test: they must leave no trace.
            expect(store.open(id)).toEqual(before);
          }
        }
        const inMemory = store.open(id).doc;
        store.close();
        const again = data.open();
        const reopened = again.open(id).doc;
        again.delete(id);
        again.close();
        expect(reopened).toEqual(inMemory);
      }),
      { numRuns: 60 },
    );
  });
});
