import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import type { Command } from '../../../../shared/commands/command';
import { createActor } from '../../../../shared/domain/factories';
import { createForceField } from '../../../../shared/domain/force-field';
import { emptyMap, mapDocumentSchema, type MapDocument } from '../../../../shared/domain/map-document';

function base(): MapDocument {
  const doc = {
    ...emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z'),
    actors: [createActor({ id: 'g', name: 'Gemeente' }), createActor({ id: 'h', name: 'Huiskamer' })],
  };
  const field = createForceField('f', 'Huiskamer blijft open', '2026-03-01');
  return { ...doc, forceFields: [{ ...field, entries: [{ actorId: 'h', stance: 2, influence: 2, interest: 5, note: 'draagt het' }] }] };
}

function run(doc: MapDocument, command: Command): { doc: MapDocument; inverse: Command } {
  const result = applyCommand(doc, command);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('force-field commands', () => {
  it('a map file without force fields still loads, with an empty list', () => {
    const { forceFields: _dropped, ...old } = emptyMap('m', 'Oud', '2025-01-01');
    const parsed = mapDocumentSchema.parse(old);
    expect(parsed.forceFields).toEqual([]);
  });

  it('setting an entry for a new actor adds it, and undo removes it again', () => {
    const doc = base();
    const set = run(doc, { type: 'forcefield.entry.set', forceFieldId: 'f', entry: { actorId: 'g', stance: -1, influence: 5, interest: 3, note: '' } });
    expect(set.doc.forceFields[0]?.entries.map((e) => e.actorId)).toEqual(['h', 'g']);
    expect(run(set.doc, set.inverse).doc).toEqual(doc);
  });

  it('changing an existing entry keeps its place, and undo restores the old values', () => {
    const doc = base();
    const set = run(doc, { type: 'forcefield.entry.set', forceFieldId: 'f', entry: { actorId: 'h', stance: null, influence: 3, interest: 5, note: '' } });
    expect(set.doc.forceFields[0]?.entries[0]?.stance).toBeNull();
    expect(run(set.doc, set.inverse).doc).toEqual(doc);
  });

  it('duplicating records a later moment with the same entries, right after the original', () => {
    const doc = base();
    const dup = run(doc, { type: 'forcefield.duplicate', id: 'f', newId: 'f2', question: 'Huiskamer blijft open (juni)', date: '2026-06-01' });
    expect(dup.doc.forceFields.map((f) => f.id)).toEqual(['f', 'f2']);
    expect(dup.doc.forceFields[1]?.entries).toEqual(doc.forceFields[0]?.entries);
    expect(run(dup.doc, dup.inverse).doc).toEqual(doc);
  });

  it('removing an actor takes it out of every force field, and undo puts its entries back', () => {
    const doc = base();
    const removed = run(doc, { type: 'actor.remove', id: 'h' });
    expect(removed.doc.forceFields[0]?.entries).toEqual([]);
    expect(mapDocumentSchema.safeParse(removed.doc).success).toBe(true);
    expect(run(removed.doc, removed.inverse).doc).toEqual(doc);
  });

  it('refuses an entry for an actor that is not on the map', () => {
    const result = applyCommand(base(), { type: 'forcefield.entry.set', forceFieldId: 'f', entry: { actorId: 'x', stance: 0, influence: 1, interest: 1, note: '' } });
    expect(result.ok).toBe(false);
  });

  it('updating the question, role and position is undoable', () => {
    const doc = base();
    const up = run(doc, { type: 'forcefield.update', id: 'f', patch: { role: 'aanjager', position: 'naast', question: 'Nieuw' } });
    expect(up.doc.forceFields[0]).toMatchObject({ role: 'aanjager', position: 'naast', question: 'Nieuw' });
    expect(run(up.doc, up.inverse).doc).toEqual(doc);
  });
});
