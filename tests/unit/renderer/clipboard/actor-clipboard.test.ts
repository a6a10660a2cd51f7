import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import { createActor } from '../../../../shared/domain/factories';
import { emptyMap, mapDocumentSchema } from '../../../../shared/domain/map-document';
import { copyActors, copyName, pasteActors } from '../../../../renderer/src/clipboard/actor-clipboard';
import { sampleMap } from '../fixtures';

function counter(): () => string {
  let n = 0;
  return () => `new-${(n += 1)}`;
}

describe('copy and paste of actors', () => {
  it('copies the chosen actors and only the relations between them', () => {
    const clip = copyActors(sampleMap(), ['huis', 'fat']);
    expect(clip?.actors.map((a) => a.id)).toEqual(['huis', 'fat']);
    expect(clip?.relations.map((r) => r.id)).toEqual(['r2']);
    expect(copyActors(sampleMap(), ['nobody'])).toBeNull();
  });

  it('pastes into the same map as one undoable batch with new ids, "(kopie)" names and shifted positions', () => {
    const doc = sampleMap();
    const clip = copyActors(doc, ['huis', 'fat']);
    if (!clip) throw new Error('no clip');
    const paste = pasteActors(clip, doc, counter());
    const applied = applyCommand(doc, paste.command);
    if (!applied.ok) throw new Error(applied.error.message);
    const after = applied.value.doc;
    expect(mapDocumentSchema.safeParse(after).success).toBe(true);
    expect(after.actors).toHaveLength(5);
    const copies = after.actors.filter((a) => paste.actorIds.includes(a.id));
    expect(copies.map((a) => a.name)).toEqual(['Huiskamer Lindenhof (kopie)', 'Fatima (kopie)']);
    expect(copies.map((a) => a.position)).toEqual([
      { x: 280, y: 80 },
      { x: 180, y: 230 },
    ]);
    const copiedTie = after.relations.find((r) => r.from === paste.actorIds[0]);
    expect(copiedTie).toMatchObject({ to: paste.actorIds[1], kind: 'informeel-contact' });
    expect(after.relations).toHaveLength(3);
    // One Ctrl+Z takes the whole paste away.
    const undone = applyCommand(after, applied.value.inverse);
    expect(undone.ok && undone.value.doc).toEqual(doc);
  });

  it('pasting twice moves the second copies further so none lies on another', () => {
    const doc = sampleMap();
    const clip = copyActors(doc, ['gem']);
    if (!clip) throw new Error('no clip');
    const first = applyCommand(doc, pasteActors(clip, doc, counter()).command);
    if (!first.ok) throw new Error('first paste refused');
    const second = pasteActors(clip, first.value.doc, () => 'x2');
    const cmd = second.command;
    const added = cmd.type === 'batch' ? cmd.commands[0] : undefined;
    expect(added?.type === 'actor.add' && added.actor).toMatchObject({ name: 'Gemeente Utrecht (kopie 2)', position: { x: 160, y: 160 } });
  });

  it('keeps names and places when pasted into another map that has neither', () => {
    const target = emptyMap('m2', 'Andere wijk', '2025-01-01T00:00:00.000Z');
    const clip = copyActors(sampleMap(), ['gem', 'huis', 'fat']);
    if (!clip) throw new Error('no clip');
    const applied = applyCommand(target, pasteActors(clip, target, counter()).command);
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.doc.actors.map((a) => [a.name, a.position])).toEqual(sampleMap().actors.map((a) => [a.name, a.position]));
    expect(applied.value.doc.relations).toHaveLength(2);
  });

  it('keeps a copied group around its copied members, and drops a group the target map lacks', () => {
    const doc = sampleMap();
    const withGroup = {
      ...doc,
      actors: [...doc.actors, createActor({ id: 'team', name: 'Wijkteam', parentId: 'gem' }), createActor({ id: 'lid', name: 'Sanne', parentId: 'team' })],
    };
    const clip = copyActors(withGroup, ['lid', 'team']);
    if (!clip) throw new Error('no clip');
    const target = emptyMap('m2', 'Andere wijk', '2025-01-01T00:00:00.000Z');
    const applied = applyCommand(target, pasteActors(clip, target, counter()).command);
    if (!applied.ok) throw new Error(applied.error.message);
    const [team, lid] = [applied.value.doc.actors.find((a) => a.name === 'Wijkteam'), applied.value.doc.actors.find((a) => a.name === 'Sanne')];
    expect(team?.parentId).toBeNull();
    expect(lid?.parentId).toBe(team?.id);
    expect(mapDocumentSchema.safeParse(applied.value.doc).success).toBe(true);
  });

  it('adds "(kopie)" only on a real clash, ignoring case and accents', () => {
    expect(copyName('Café Noord', new Set(['cafe noord']))).toBe('Café Noord (kopie)');
    expect(copyName('Buurthuis', new Set(['cafe noord']))).toBe('Buurthuis');
  });
});
