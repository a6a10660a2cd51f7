import { describe, expect, it } from 'vitest';
import { addActor, eventLog, storeCaller, useDataDir } from './store-fixtures';

const PASSPHRASE = 'een lange zin als wachtwoord';

describe('MapStore: two windows on one map', () => {
  const data = useDataDir();

  it("undo in one window undoes that window's own edit, never another window's", () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'), 'venster-a');
    store.apply(id, addActor('b1'), 'venster-b');

    expect(store.open(id, 'venster-a')).toMatchObject({ canUndo: true, canRedo: false });
    const undone = store.undo(id, 'venster-a');
    expect(undone.doc.actors.map((a) => a.id)).toEqual(['b1']);
    expect(undone).toMatchObject({ canUndo: false, canRedo: true });
    expect(store.open(id, 'venster-b')).toMatchObject({ canUndo: true, canRedo: false });
    expect(() => store.undo(id, 'venster-a')).toThrow(expect.objectContaining({ code: 'nothing-to-undo' }));

    store.redo(id, 'venster-a');
    expect(store.open(id).doc.actors.map((a) => a.id)).toEqual(['a1', 'b1']);
    store.undo(id, 'venster-b');
    expect(store.open(id).doc.actors.map((a) => a.id)).toEqual(['a1']);
  });

  it('sends the client id through the contract: map.apply/undo/redo/open of each window use its own history', async () => {
    const store = data.open();
    const call = storeCaller(store, data.dir());
    const { id } = store.create('Lindenhof');
    await call('map.apply', { id, clientId: 'tab-1', command: addActor('a1') });
    await call('map.apply', { id, clientId: 'tab-2', command: addActor('b1') });
    expect(await call('map.open', { id, clientId: 'tab-1' })).toMatchObject({ canUndo: true });
    expect(await call('map.undo', { id, clientId: 'tab-1' })).toMatchObject({ canUndo: false, canRedo: true, patch: { actors: { remove: ['a1'] } } });
    await expect(call('map.undo', { id, clientId: 'tab-1' })).rejects.toMatchObject({ code: 'nothing-to-undo' });
    expect(await call('map.redo', { id, clientId: 'tab-1' })).toMatchObject({ canRedo: false, patch: { actors: { put: [{ id: 'a1' }] } } });
  });

  it('keeps revisions growing when a map is locked and unlocked, so other windows never take news for old', () => {
    const log = eventLog();
    const store = data.open({ onEvent: log.onEvent });
    const { id } = store.create('Lindenhof');
    for (const actorId of ['a1', 'a2', 'a3']) store.apply(id, addActor(actorId));
    store.setPassphrase(id, PASSPHRASE);
    const before = store.open(id).revision;
    store.lock(id);
    const unlocked = store.unlock(id, PASSPHRASE);
    expect(unlocked.revision).toBeGreaterThan(before);
    const after = store.apply(id, addActor('a4'));
    expect(after.revision).toBeGreaterThan(unlocked.revision);
    const announced = log.events.flatMap((e) => (e.name === 'map.changed' ? [e.payload.revision] : []));
    expect(announced).toEqual([...announced].sort((a, b) => a - b));
    expect(new Set(announced).size).toBe(announced.length);
  });
});
