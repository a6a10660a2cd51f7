import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import type { Command } from '../../../../shared/commands/command';
import { createActor } from '../../../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import { applyMapPatch, diffMaps, isEmptyPatch, mapPatchSchema } from '../../../../shared/domain/map-patch';
import { commandFor, mapArb } from '../arbitraries';

function run(doc: MapDocument, command: Command): MapDocument {
  const result = applyCommand(doc, command);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.doc;
}

function asJson(doc: MapDocument): unknown {
  return JSON.parse(JSON.stringify(doc));
}

function bigMap(actors: number): MapDocument {
  const doc = emptyMap('m', 'Stad', '2026-01-01T00:00:00.000Z');
  return { ...doc, actors: Array.from({ length: actors }, (_, i) => createActor({ id: `a${i}`, name: `Actor ${i}` })) };
}

describe('map patches (an edit answers with what changed, not the whole map)', () => {
  it('adding one actor to a big map sends only that actor', () => {
    const before = bigMap(5000);
    const after = run(before, { type: 'actor.add', actor: createActor({ id: 'nieuw', name: 'Buurtcentrum De Linde' }) });
    const patch = diffMaps(before, after);
    expect(patch.actors).toEqual({ put: [after.actors.at(-1)], remove: [] });
    expect(patch.relations).toBeUndefined();
    expect(JSON.stringify(patch).length).toBeLessThan(1000);
  });

  it('keeps the identity of every actor the edit did not touch', () => {
    const before = bigMap(50);
    const after = run(before, { type: 'actor.update', id: 'a7', patch: { name: 'Wijkagent' } });
    const applied = applyMapPatch(before, diffMaps(before, after));
    expect(applied).toEqual(after);
    expect(applied.actors[6]).toBe(before.actors[6]);
    expect(applied.actors[7]).not.toBe(before.actors[7]);
  });

  it('an undone removal puts the actor back in its old place', () => {
    const before = bigMap(5);
    const result = applyCommand(before, { type: 'actor.remove', id: 'a2' });
    if (!result.ok) throw new Error(result.error.message);
    const removed = result.value.doc;
    const restored = run(removed, result.value.inverse);
    const patch = diffMaps(removed, restored);
    expect(applyMapPatch(removed, patch).actors.map((a) => a.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
  });

  it('an unchanged map gives an empty patch', () => {
    const doc = bigMap(3);
    expect(isEmptyPatch(diffMaps(doc, { ...doc }))).toBe(true);
  });

  it('a patch that does not fit the map is refused, so the window fetches the whole map', () => {
    const before = bigMap(3);
    const after = run(before, { type: 'actor.remove', id: 'a1' });
    const patch = { ...diffMaps(before, after), actors: { put: [], remove: [], order: ['a0', 'zzz'] } };
    expect(() => applyMapPatch(before, patch)).toThrow(/past niet/);
  });

  it('after any sequence of commands, the patch turns the old map into the new one and survives JSON (property)', () => {
    fc.assert(
      fc.property(mapArb, fc.integer({ min: 1, max: 8 }), fc.gen(), (doc, steps, gen) => {
        let current = doc;
        for (let i = 0; i < steps; i++) {
          const result = applyCommand(current, gen(commandFor, current));
          if (!result.ok) continue;
          const next = result.value.doc;
          expect(applyMapPatch(current, diffMaps(current, next))).toEqual(next);
          // Over the wire: serialised, parsed and checked as main's answer is (JSON turns -0 into 0).
          const patch = mapPatchSchema.parse(JSON.parse(JSON.stringify(diffMaps(current, next))));
          expect(asJson(applyMapPatch(current, patch))).toEqual(asJson(next));
          current = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
