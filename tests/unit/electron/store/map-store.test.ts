import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WijkwebError } from '../../../../shared/result';
import { listBackups } from '../../../../electron/store/backups';
import { addActor, addRelation, eventLog, mapPath, readJson, useDataDir } from './store-fixtures';

describe('MapStore: editing and reopening', () => {
  const data = useDataDir();

  it('keeps every edit after a restart', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1', { kind: 'informeel', category: 'bewonersinitiatief' }));
    store.apply(id, addActor('a2'));
    store.apply(id, addRelation('r1', 'a1', 'a2'));
    store.apply(id, { type: 'actor.update', id: 'a1', patch: { influence: 5, note: 'Sleutelfiguur' } });
    store.apply(id, { type: 'actors.move', moves: [{ id: 'a2', position: { x: 10, y: -20 } }] });
    const before = store.open(id).doc;
    store.close();

    const again = data.open();
    expect(again.open(id).doc).toEqual(before);
    expect(again.list()).toEqual([expect.objectContaining({ id, name: 'Lindenhof', actorCount: 2, relationCount: 1 })]);
  });

  it('stores each map as its own JSON document in maps/<id>.json', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    store.flush();
    expect(readJson(mapPath(data.dir(), id))).toEqual(store.open(id).doc);
    expect(readJson(`${data.dir()}/maps-index.json`)).toMatchObject({ format: 'wijkweb-index', version: 1, maps: [{ id }] });
  });

  it('undoes and redoes through the store, and keeps the result after a restart', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    store.apply(id, addActor('a2'));
    let state = store.undo(id);
    expect(state.doc.actors.map((a) => a.id)).toEqual(['a1']);
    expect(state).toMatchObject({ canUndo: true, canRedo: true });
    state = store.undo(id);
    expect(state.doc.actors).toEqual([]);
    expect(state).toMatchObject({ canUndo: false, canRedo: true });
    state = store.redo(id);
    expect(state.doc.actors.map((a) => a.id)).toEqual(['a1']);
    store.close();

    const again = data.open();
    const reopened = again.open(id);
    expect(reopened.doc.actors.map((a) => a.id)).toEqual(['a1']);
    // The undo history lives in memory only.
    expect(reopened).toMatchObject({ canUndo: false, canRedo: false, revision: 0 });
  });

  it('says there is nothing to undo or redo instead of changing anything', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    expect(() => store.undo(id)).toThrow(expect.objectContaining({ code: 'nothing-to-undo' }));
    expect(() => store.redo(id)).toThrow(expect.objectContaining({ code: 'nothing-to-redo' }));
    expect(store.open(id).revision).toBe(0);
  });

  it('leaves the map unchanged when a command fails', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    const before = store.open(id);
    let thrown: unknown;
    try {
      store.apply(id, addRelation('r1', 'a1', 'onbekend'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WijkwebError);
    expect(thrown).toMatchObject({ code: 'not-found' });
    expect(() => store.apply(id, addActor('a1'))).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(store.open(id)).toEqual(before);
  });

  it('refuses an edit that would make the map invalid, and keeps the map as it was', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    const before = store.open(id);
    expect(() => store.apply(id, addActor('a1', { influence: 9 }))).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(store.open(id)).toEqual(before);
  });

  it('stamps every edit with the time it was made', () => {
    let now = new Date('2026-03-01T09:00:00.000Z');
    const store = data.open({ now: () => now });
    const { id } = store.create('Lindenhof');
    now = new Date('2026-03-02T10:30:00.000Z');
    const state = store.apply(id, addActor('a1'));
    expect(state.doc.createdAt).toBe('2026-03-01T09:00:00.000Z');
    expect(state.doc.updatedAt).toBe('2026-03-02T10:30:00.000Z');
    expect(store.list()[0]?.updatedAt).toBe('2026-03-02T10:30:00.000Z');
  });

  it('tells every window about each change, with a rising revision', () => {
    const log = eventLog();
    const store = data.open({ onEvent: log.onEvent });
    const { id } = store.create('Lindenhof');
    expect(log.events.filter((e) => e.name !== 'map.saveState')).toEqual([{ name: 'maps.changed', payload: {} }]);
    log.events.length = 0;
    store.apply(id, addActor('a1'));
    store.apply(id, { type: 'actors.move', moves: [{ id: 'a1', position: { x: 1, y: 2 } }] });
    store.undo(id);
    // (save-state events are covered in save-state.test.ts)
    expect(log.events.filter((e) => e.name !== 'map.saveState')).toEqual([
      { name: 'maps.changed', payload: {} }, // the actor count on the home screen changed
      { name: 'map.changed', payload: { id, revision: 1 } },
      { name: 'map.changed', payload: { id, revision: 2 } },
      { name: 'map.changed', payload: { id, revision: 3 } },
    ]);
  });

  it('keeps working when an event listener throws', () => {
    const store = data.open({
      onEvent: () => {
        throw new Error('kapot venster');
      },
    });
    const { id } = store.create('Lindenhof');
    expect(store.apply(id, addActor('a1')).revision).toBe(1);
  });

  it('lists the most recently changed map first', () => {
    let t = Date.UTC(2026, 0, 1);
    const store = data.open({ now: () => new Date((t += 1000)) });
    const a = store.create('Eerste');
    const b = store.create('Tweede');
    expect(store.list().map((m) => m.id)).toEqual([b.id, a.id]);
    store.apply(a.id, addActor('x'));
    expect(store.list().map((m) => m.id)).toEqual([a.id, b.id]);
  });

  it('does not find maps that do not exist, nor ids that are not file names', () => {
    const store = data.open();
    for (const id of ['bestaat-niet', '../prefs', 'a/b', '.hidden', '']) {
      expect(() => store.open(id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    }
    expect(fs.readdirSync(`${data.dir()}/maps`)).toEqual([]);
  });

  it('refuses an empty map name', () => {
    const store = data.open();
    expect(() => store.create('   ')).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => store.create('x'.repeat(201))).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(store.list()).toEqual([]);
  });

  it('refuses edits after it was closed, and does not lose the last ones', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    store.close();
    expect(() => store.apply(id, addActor('a2'))).toThrow(expect.objectContaining({ code: 'internal' }));
    expect(readJson(mapPath(data.dir(), id))).toMatchObject({ actors: [{ id: 'a1' }] });
  });
});

describe('MapStore: rename, duplicate, delete', () => {
  const data = useDataDir();

  it('renames a map, also after a restart', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    const renamed = store.rename(id, '  Lindenhof-Noord ');
    expect(renamed).toMatchObject({ id, name: 'Lindenhof-Noord' });
    expect(store.open(id).doc.name).toBe('Lindenhof-Noord');
    store.close();
    expect(data.open().list()).toEqual([expect.objectContaining({ id, name: 'Lindenhof-Noord' })]);
  });

  it('duplicates a map under a new id, without its undo history', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    store.apply(id, addActor('a2'));
    store.apply(id, addRelation('r1', 'a1', 'a2'));
    const copy = store.duplicate(id, 'Lindenhof (kopie)');
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({ name: 'Lindenhof (kopie)', actorCount: 2, relationCount: 1 });
    const state = store.open(copy.id);
    expect(state).toMatchObject({ canUndo: false, canRedo: false });
    expect(state.doc.actors).toEqual(store.open(id).doc.actors);
    expect(state.doc.id).toBe(copy.id);

    // Editing the copy leaves the original alone.
    store.apply(copy.id, { type: 'actor.remove', id: 'a1' });
    expect(store.open(id).doc.actors).toHaveLength(2);
    store.close();
    const again = data.open();
    expect(again.list().map((m) => m.name).sort()).toEqual(['Lindenhof', 'Lindenhof (kopie)']);
    expect(readJson(mapPath(data.dir(), copy.id))).toMatchObject({ id: copy.id, name: 'Lindenhof (kopie)' });
  });

  it('deletes a map from the list but keeps its last version in backups/', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    store.flush();
    const other = store.create('Blijft');
    store.apply(id, addActor('a2')); // unsaved when the map is deleted
    store.delete(id);

    expect(store.list().map((m) => m.id)).toEqual([other.id]);
    expect(() => store.open(id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(fs.existsSync(mapPath(data.dir(), id))).toBe(false);
    const newest = readJson(listBackups(`${data.dir()}/backups/${id}`)[0]?.path ?? '');
    expect(newest).toMatchObject({ id, name: 'Lindenhof', actors: [{ id: 'a1' }, { id: 'a2' }] });
    store.close();

    expect(data.open().list().map((m) => m.id)).toEqual([other.id]);
  });

  it('says a map that is already deleted does not exist', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.delete(id);
    expect(() => store.delete(id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => store.rename(id, 'x')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
