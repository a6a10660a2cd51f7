import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import { commandSchema } from '../../../../shared/commands/command';
import { restoreCommand } from '../../../../shared/commands/restore';
import { createActor } from '../../../../shared/domain/factories';
import { emptyMap } from '../../../../shared/domain/map-document';

describe('restoring a snapshot (map.restore)', () => {
  const then = { ...emptyMap('m1', 'Lindenhof toen', '2026-01-01'), actors: [createActor({ id: 'a1', name: 'Huiskamer' })] };
  const now = { ...emptyMap('m1', 'Lindenhof', '2026-01-01'), updatedAt: '2026-06-01', actors: [createActor({ id: 'a2', name: 'Buurthuis' })] };

  it('puts the content back but keeps the map’s name, id and dates, and its inverse undoes it', () => {
    const applied = applyCommand(now, restoreCommand(then));
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.doc.actors.map((a) => a.id)).toEqual(['a1']);
    expect(applied.value.doc.name).toBe('Lindenhof');
    expect(applied.value.doc.updatedAt).toBe('2026-06-01');
    const undone = applyCommand(applied.value.doc, applied.value.inverse);
    expect(undone.ok && undone.value.doc).toEqual(now);
  });

  it('carries other top-level data too (e.g. force fields) and survives the IPC schema', () => {
    const field = { id: 'k1', question: 'Blijft de huiskamer open?', date: '', role: null, position: null, entries: [] };
    const withExtra = { ...then, forceFields: [field] };
    const command = restoreCommand(withExtra);
    expect(commandSchema.safeParse(command).success).toBe(true);
    const applied = applyCommand({ ...now, forceFields: [] } as typeof now, command);
    expect(applied.ok && applied.value.doc.forceFields).toEqual([field]);
  });

  it('refuses a restore that would change the identity of the map', () => {
    const bad = { type: 'map.restore', content: { actors: [], relations: [], id: 'other' } };
    expect(commandSchema.safeParse(bad).success).toBe(false);
  });
});
