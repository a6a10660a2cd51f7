import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCK_NAME } from '../../../../electron/store/data-lock';
import type { MapStore } from '../../../../electron/store/map-store';
import { SnapshotStore } from '../../../../electron/store/snapshot-store';
import { WijkwebError } from '../../../../shared/result';
import { addActor, filesIn, mapPath, readJson, tickingClock, useDataDir } from './store-fixtures';

const PASS = 'de linde bloeit in juni';
const SECRET_NAMES = ['Fatima Yilmaz', 'Geheime Notitie Over Jan'];

/** Every file under a folder, recursively (the damaged-files folder too). */
function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** The files under the data folder whose bytes contain one of the secret names. */
function leaks(dir: string): string[] {
  return allFiles(dir).filter((file) => {
    const bytes = fs.readFileSync(file);
    return SECRET_NAMES.some((name) => bytes.includes(Buffer.from(name, 'utf8')));
  });
}

function thrown(fn: () => unknown): WijkwebError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WijkwebError) return error;
    throw error;
  }
  throw new Error('expected a WijkwebError');
}

describe('MapStore: a map protected with a passphrase', () => {
  const data = useDataDir();
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A map with a resident and a note, saved twice (so there are plain backups) and one plain snapshot. */
  function mapWithResident(store: MapStore): string {
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1', { name: SECRET_NAMES[0], isPerson: true }));
    store.flush();
    store.apply(id, addActor('a2', { name: 'Huiskamer', note: SECRET_NAMES[1] }));
    store.flush();
    new SnapshotStore(data.dir()).create(store.open(id).doc, { name: 'Begin', date: '2026-03-01', note: '' });
    return id;
  }

  /** What a kill leaves: the files as they are, and a lock of a process that is gone. */
  function restartAfterKill(): MapStore {
    fs.rmSync(path.join(data.dir(), LOCK_NAME));
    return data.open({ saveDelayMs: 250, now: tickingClock(Date.UTC(2026, 5, 1)) });
  }

  it('keeps the names of residents out of every file on disk: map, backups, snapshots and journal', () => {
    const store = data.open({ now: tickingClock() });
    const id = mapWithResident(store);
    expect(leaks(data.dir()).length).toBeGreaterThan(2); // plain map, backups and snapshot before

    const rewritten = store.setPassphrase(id, PASS);
    expect(rewritten.backups).toBeGreaterThan(0);
    expect(rewritten.snapshots).toBe(1);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store.apply(id, addActor('a3', { name: `${SECRET_NAMES[0]} junior` }));
    new SnapshotStore(data.dir(), undefined, (mapId) => store.sealKey(mapId)).create(store.open(id).doc, { name: 'Na', date: '2026-04-01', note: '' });
    expect(fs.existsSync(path.join(data.dir(), 'maps', `${id}.journal`))).toBe(true);

    expect(leaks(data.dir())).toEqual([]);
    const onDisk = readJson(mapPath(data.dir(), id));
    expect(onDisk).toMatchObject({ format: 'wijkweb-versleuteld', map: { id, name: 'Lindenhof' } });
    expect(store.list()[0]).toMatchObject({ name: 'Lindenhof', sealed: true });
    expect(store.list()[0]?.locked).toBeUndefined();
    // The unlocked session still reads everything, snapshots included.
    const snapshots = new SnapshotStore(data.dir(), undefined, (mapId) => store.sealKey(mapId)).list(id);
    expect(snapshots.damaged).toEqual([]);
    expect(snapshots.snapshots.map((s) => s.name)).toEqual(['Begin', 'Na']);
  });

  it('refuses a passphrase shorter than 10 characters, in Dutch, and leaves the map plain', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    expect(thrown(() => store.setPassphrase(id, 'kort')).message).toContain('minstens 10 tekens');
    expect(readJson(mapPath(data.dir(), id))).toMatchObject({ format: 'wijkweb' });
  });

  it('is locked after a restart: listed by name, opening says locked, a wrong passphrase is refused and nothing is moved', () => {
    const store = data.open({ now: tickingClock() });
    const id = mapWithResident(store);
    store.setPassphrase(id, PASS);
    store.close();

    const again = data.open();
    expect(again.list()).toEqual([expect.objectContaining({ id, name: 'Lindenhof', sealed: true, locked: true })]);
    expect(thrown(() => again.open(id)).code).toBe('locked');
    const wrong = thrown(() => again.unlock(id, 'de linde bloeit in juli'));
    expect(wrong.code).toBe('unauthorized');
    expect(wrong.message).toBe('Het wachtwoord klopt niet.');
    expect(filesIn(path.join(data.dir(), 'beschadigd'))).toEqual([]);
    expect(again.notices()).toEqual([]);

    const state = again.unlock(id, PASS);
    expect(state.doc.actors.map((a) => a.name)).toEqual([SECRET_NAMES[0], 'Huiskamer']);
    expect(again.list()[0]).toMatchObject({ sealed: true });
    expect(again.list()[0]?.locked).toBeUndefined();
    again.lock(id);
    expect(again.list()[0]).toMatchObject({ locked: true });
    expect(thrown(() => again.open(id)).code).toBe('locked');
  });

  it('gives back, after a kill, every edit whose sealed journal line was written', () => {
    const store = data.open({ now: tickingClock() });
    const id = mapWithResident(store);
    store.setPassphrase(id, PASS);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store.apply(id, addActor('a3', { name: 'Buurtsportcoach' }));
    store.rename(id, 'Lindenhof-Oost');
    // A kill mid-write tears the last line: it is ignored.
    fs.appendFileSync(path.join(data.dir(), 'maps', `${id}.journal`), '{"format":"wijkweb-versleuteld","vers');
    expect(leaks(data.dir())).toEqual([]);

    const again = restartAfterKill();
    expect(again.list()[0]).toMatchObject({ locked: true });
    const state = again.unlock(id, PASS);
    expect(state.doc.actors.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(state.doc.name).toBe('Lindenhof-Oost');
    expect(again.notices()).toEqual([expect.objectContaining({ code: 'recovered-edits' })]);
    expect(fs.existsSync(path.join(data.dir(), 'maps', `${id}.journal`))).toBe(false);
    expect(readJson(mapPath(data.dir(), id))).toMatchObject({ format: 'wijkweb-versleuteld', map: { name: 'Lindenhof-Oost' } });
  });

  it('restores a truncated sealed file from its sealed backup while locked, and opens it with the passphrase', () => {
    const store = data.open({ now: tickingClock() });
    const id = mapWithResident(store);
    store.setPassphrase(id, PASS);
    store.apply(id, addActor('a3'));
    store.close();
    const file = mapPath(data.dir(), id);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 120));

    const again = data.open({ now: tickingClock(Date.UTC(2026, 5, 1)) });
    expect(filesIn(path.join(data.dir(), 'beschadigd'))).toHaveLength(1);
    expect(again.notices()).toEqual([expect.objectContaining({ code: 'restored-backup' })]);
    expect(again.list()[0]).toMatchObject({ id, locked: true });
    const state = again.unlock(id, PASS);
    expect(state.doc.actors.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(leaks(data.dir())).toEqual([]);
  });

  it('treats sealed contents changed on disk as damage once the key is known, and restores the newest good backup', () => {
    const store = data.open({ now: tickingClock() });
    const id = mapWithResident(store);
    store.setPassphrase(id, PASS);
    store.apply(id, addActor('a3'));
    store.close();
    const file = mapPath(data.dir(), id);
    const sealed = readJson(file) as { data: string };
    const bytes = Buffer.from(sealed.data, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    fs.writeFileSync(file, JSON.stringify({ ...sealed, data: bytes.toString('base64') }));

    const again = data.open({ now: tickingClock(Date.UTC(2026, 5, 1)) });
    expect(again.list()[0]).toMatchObject({ locked: true });
    expect(filesIn(path.join(data.dir(), 'beschadigd'))).toEqual([]);
    const state = again.unlock(id, PASS);
    expect(state.doc.actors.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(filesIn(path.join(data.dir(), 'beschadigd'))).toHaveLength(1);
    expect(again.notices()[0]?.message).toContain('beschadigd of gewijzigd');
  });

  it('keeps a copy of a protected map protected with the same passphrase', () => {
    const store = data.open({ now: tickingClock() });
    const id = mapWithResident(store);
    store.setPassphrase(id, PASS);
    const copy = store.duplicate(id, 'Lindenhof (kopie)');
    expect(readJson(mapPath(data.dir(), copy.id))).toMatchObject({ format: 'wijkweb-versleuteld', map: { name: 'Lindenhof (kopie)' } });
    expect(leaks(data.dir())).toEqual([]);
    store.close();
    const again = data.open();
    expect(again.unlock(copy.id, PASS).doc.actors).toHaveLength(2);
  });

  it('writes everything plain again when the passphrase is removed (the passphrase is asked again)', () => {
    const store = data.open({ now: tickingClock() });
    const id = mapWithResident(store);
    store.setPassphrase(id, PASS);
    expect(thrown(() => store.removePassphrase(id, 'niet het wachtwoord')).message).toBe('Het wachtwoord klopt niet.');
    const rewritten = store.removePassphrase(id, PASS);
    expect(rewritten.snapshots).toBe(1);
    expect(readJson(mapPath(data.dir(), id))).toMatchObject({ format: 'wijkweb' });
    expect(store.list()[0]?.sealed).toBeUndefined();
    for (const backup of filesIn(path.join(data.dir(), 'backups', id))) {
      expect(readJson(path.join(data.dir(), 'backups', id, backup))).toMatchObject({ format: 'wijkweb' });
    }
  });
});
