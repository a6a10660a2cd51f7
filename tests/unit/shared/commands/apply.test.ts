import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import type { Command } from '../../../../shared/commands/command';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { emptyMap, mapDocumentSchema, type MapDocument } from '../../../../shared/domain/map-document';
import { commandFor, mapArb } from '../arbitraries';

function lindenhof(): MapDocument {
  const gemeente = createActor({ id: 'g', name: 'Gemeente', category: 'gemeente' });
  const huiskamer = createActor({ id: 'h', name: 'Huiskamer', kind: 'informeel', category: 'bewonersinitiatief' });
  const wijkteam = createActor({ id: 'w', name: 'Wijkteam', category: 'wijkteam' });
  return {
    ...emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z'),
    actors: [gemeente, huiskamer, wijkteam],
    relations: [
      createRelation({ id: 'r1', from: 'g', to: 'h', kind: 'financiering' }),
      createRelation({ id: 'r2', from: 'w', to: 'g' }),
      createRelation({ id: 'r3', from: 'h', to: 'w', kind: 'informeel-contact' }),
    ],
  };
}

function run(doc: MapDocument, command: Command): { doc: MapDocument; inverse: Command } {
  const result = applyCommand(doc, command);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('applyCommand', () => {
  it('removing an actor removes its relations, and the inverse brings all of them back in place', () => {
    const doc = lindenhof();
    const removed = run(doc, { type: 'actor.remove', id: 'h' });
    expect(removed.doc.actors.map((a) => a.id)).toEqual(['g', 'w']);
    expect(removed.doc.relations.map((r) => r.id)).toEqual(['r2']);
    expect(run(removed.doc, removed.inverse).doc).toEqual(doc);
  });

  it('moves several actors in one step and restores their old positions on undo', () => {
    const doc = lindenhof();
    const moved = run(doc, {
      type: 'actors.move',
      moves: [
        { id: 'g', position: { x: 10, y: 20 } },
        { id: 'w', position: { x: -5, y: 0 } },
      ],
    });
    expect(moved.doc.actors.find((a) => a.id === 'g')?.position).toEqual({ x: 10, y: 20 });
    expect(run(moved.doc, moved.inverse).doc).toEqual(doc);
  });

  it('refuses a relation to an actor that is not on the map, leaving the map unchanged', () => {
    const doc = lindenhof();
    const result = applyCommand(doc, { type: 'relation.add', relation: createRelation({ from: 'g', to: 'nobody' }) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-found');
  });

  it('refuses a relation from an actor to itself', () => {
    const result = applyCommand(lindenhof(), { type: 'relation.add', relation: createRelation({ from: 'g', to: 'g' }) });
    expect(!result.ok && result.error.code).toBe('conflict');
  });

  it('refuses a second actor with the same id', () => {
    const result = applyCommand(lindenhof(), { type: 'actor.add', actor: createActor({ id: 'g', name: 'Dubbel' }) });
    expect(!result.ok && result.error.code).toBe('conflict');
  });

  it('fails a batch as a whole when one step fails', () => {
    const doc = lindenhof();
    const result = applyCommand(doc, {
      type: 'batch',
      commands: [
        { type: 'actor.update', id: 'g', patch: { name: 'Gemeente Utrecht' } },
        { type: 'actor.remove', id: 'ghost' },
      ],
    });
    expect(!result.ok && result.error.code).toBe('not-found');
    expect(doc.actors[0]?.name).toBe('Gemeente');
  });

  it('never changes the document it is given', () => {
    const doc = lindenhof();
    const frozen = structuredClone(doc);
    run(doc, { type: 'actor.update', id: 'g', patch: { influence: 5 } });
    run(doc, { type: 'actor.remove', id: 'g' });
    expect(doc).toEqual(frozen);
  });

  it('any sequence of commands followed by its inverses gives back the original map (property)', () => {
    fc.assert(
      fc.property(mapArb, fc.integer({ min: 1, max: 12 }), fc.gen(), (doc, steps, gen) => {
        // Each command is drawn against the map as it is at that moment, so most of them apply.
        let current = doc;
        const inverses: Command[] = [];
        for (let i = 0; i < steps; i++) {
          const result = applyCommand(current, gen(commandFor, current));
          // Edits that break a rule across items (a group loop, a clashing id) are refused by the
          // store's check after applying (validate-edit.test.ts); they never become history.
          if (!result.ok || !mapDocumentSchema.safeParse(result.value.doc).success) continue;
          current = result.value.doc;
          inverses.unshift(result.value.inverse);
        }
        for (const inverse of inverses) current = run(current, inverse).doc;
        expect(current).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });
});
