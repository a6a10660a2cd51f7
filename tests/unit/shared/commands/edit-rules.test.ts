import { describe, expect, it } from 'vitest';
import { checkNewEdit } from '../../../../shared/commands/edit-rules';
import { emptyHistory, execute, undo } from '../../../../shared/commands/history';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';

function map(): MapDocument {
  return {
    ...emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z'),
    actors: [createActor({ id: 'g', name: 'Gemeente' }), createActor({ id: 'h', name: 'Huiskamer' }), createActor({ id: 'w', name: 'Wijkteam' })],
    relations: [createRelation({ id: 'r1', from: 'g', to: 'h', kind: 'financiering' })],
  };
}

describe('rules for new edits', () => {
  it('refuses a second relation of the same kind between the same two actors, in either direction', () => {
    for (const [from, to] of [['g', 'h'], ['h', 'g']] as const) {
      const result = checkNewEdit(map(), { type: 'relation.add', relation: createRelation({ from, to, kind: 'financiering' }) });
      expect(!result.ok && result.error.code).toBe('conflict');
    }
  });

  it('allows another kind of tie between the same actors', () => {
    expect(checkNewEdit(map(), { type: 'relation.add', relation: createRelation({ from: 'g', to: 'h', kind: 'overleg' }) }).ok).toBe(true);
  });

  it('refuses an edit that turns a relation into a duplicate, also inside a batch', () => {
    const doc = { ...map(), relations: [...map().relations, createRelation({ id: 'r2', from: 'g', to: 'h', kind: 'overleg' })] };
    expect(checkNewEdit(doc, { type: 'relation.update', id: 'r2', patch: { kind: 'financiering' } }).ok).toBe(false);
    expect(checkNewEdit(doc, { type: 'relation.update', id: 'r2', patch: { strength: 3 } }).ok).toBe(true);
    const twice = createRelation({ from: 'w', to: 'g' });
    const batch = { type: 'batch' as const, commands: [{ type: 'relation.add' as const, relation: twice }, { type: 'relation.add' as const, relation: { ...twice, id: 'x2' } }] };
    expect(checkNewEdit(doc, batch).ok).toBe(false);
  });

  it('never blocks undo, even on a map that already had duplicates', () => {
    const doc = { ...map(), relations: [...map().relations, createRelation({ id: 'r2', from: 'h', to: 'g', kind: 'financiering' })] };
    const removed = execute({ doc, history: emptyHistory }, { type: 'actor.remove', id: 'g' });
    expect(removed.ok).toBe(true);
    if (!removed.ok) return;
    const back = undo(removed.value);
    expect(back.ok && back.value.doc).toEqual(doc);
  });
});
