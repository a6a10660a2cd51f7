import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import { mapDocumentSchema } from '../../../../shared/domain/map-document';
import { commandFor, mapArb } from '../../shared/arbitraries';
import { validateEdit } from '../../../../electron/store/validate-edit';
import { formatIssues } from '../../../../shared/domain/zod-issues';
import type { MapDocument } from '../../../../shared/domain/map-document';
import { generateClusteredMap } from '../../../../scripts/bench/generate-map';

const base = (): MapDocument => generateClusteredMap(50);

describe('validateEdit (the check after each edit)', () => {
  it('accepts a valid edit', () => {
    const before = base();
    const after = { ...before, actors: before.actors.map((a, i) => (i === 3 ? { ...a, note: 'nieuw' } : a)) };
    expect(validateEdit(before, after)).toBeNull();
  });

  it('reports a changed actor that breaks the schema, with its place in the document', () => {
    const before = base();
    const after = { ...before, actors: before.actors.map((a, i) => (i === 7 ? { ...a, name: '   ', influence: 9 } : a)) };
    const lines = formatIssues(validateEdit(before, after)!);
    expect(lines.some((l) => l.startsWith('actors[7].name'))).toBe(true);
    expect(lines.some((l) => l.startsWith('actors[7].influence'))).toBe(true);
  });

  it('finds duplicate ids, relations to missing actors and self-ties anywhere', () => {
    const before = base();
    const [first, second] = before.actors;
    const after: MapDocument = {
      ...before,
      actors: [...before.actors, { ...first!, name: 'Kopie' }],
      relations: [...before.relations, { ...before.relations[0]!, id: 'x1', from: 'weg', to: second!.id }, { ...before.relations[0]!, id: 'x2', from: second!.id, to: second!.id }],
    };
    const lines = formatIssues(validateEdit(before, after)!);
    expect(lines).toContain(`actors[50].id: dubbel id "${first!.id}"`);
    expect(lines).toContain(`relations[${before.relations.length}].from: onbekende actor "weg"`);
    expect(lines).toContain(`relations[${before.relations.length + 1}].to: een relatie verbindt twee verschillende actoren`);
  });

  it('checks the whole document when its header changed', () => {
    const before = base();
    expect(validateEdit(before, { ...before, name: '' })).not.toBeNull();
  });

  it('refuses groups that would hold each other (A in B, then B in A), naming the actor', () => {
    const before = base();
    const [a, b] = before.actors;
    const inB = { ...before, actors: before.actors.map((x) => (x === a ? { ...x, parentId: b!.id } : x)) };
    expect(validateEdit(before, inB)).toBeNull();
    const loop = { ...inB, actors: inB.actors.map((x) => (x.id === b!.id ? { ...x, parentId: a!.id } : x)) };
    const lines = formatIssues(validateEdit(inB, loop)!);
    expect(lines).toContain(`actors[1].parentId: "${b!.name}" kan niet (via een ander) onderdeel van zichzelf zijn`);
  });

  it('refuses a group that is not on the map and a force-field entry for an actor that is not there', () => {
    const before = base();
    const after: MapDocument = {
      ...before,
      actors: before.actors.map((x, i) => (i === 2 ? { ...x, parentId: 'weg' } : x)),
      forceFields: [{ id: 'f1', question: 'Speeltuin?', date: '', role: null, position: null, entries: [{ actorId: 'weg', stance: 1, influence: 3, interest: 3, note: '' }] }],
    };
    const lines = formatIssues(validateEdit(before, after)!);
    expect(lines).toContain('actors[2].parentId: onbekende groep "weg": die actor staat niet op de kaart');
    expect(lines).toContain('forceFields[0].entries[0].actorId: onbekende actor "weg"');
  });

  it('refuses a relation, meeting or contact whose id is already an actor\'s id (one id space per map)', () => {
    const before = base();
    const actorId = before.actors[4]!.id;
    const after: MapDocument = { ...before, relations: before.relations.map((r, i) => (i === 0 ? { ...r, id: actorId } : r)) };
    expect(formatIssues(validateEdit(before, after)!)).toContain(`relations[0].id: id "${actorId}" is al het id van een actor; ids zijn uniek in de hele kaart`);
  });

  it('accepts an edit exactly when the whole schema accepts the map it gives (random maps and edits)', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(mapArb, fc.integer({ min: 1, max: 6 }), fc.gen(), (doc, steps, gen) => {
        expect(mapDocumentSchema.safeParse(doc).success).toBe(true);
        let current = doc;
        for (let step = 0; step < steps; step++) {
          const applied = applyCommand(current, gen(commandFor, current));
          if (!applied.ok) continue;
          const next = applied.value.doc;
          const ok = validateEdit(current, next) === null;
          expect(ok).toBe(mapDocumentSchema.safeParse(next).success);
          if (ok) accepted++;
          else refused++;
          if (ok) current = next;
        }
      }),
      { numRuns: Number(process.env.WIJKWEB_FUZZ_RUNS ?? 150) },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
