import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../../../electron/store/backups';
import { readOnlySwitch } from './read-only-folder';
import { addActor, mapPath, readJson, useDataDir } from './store-fixtures';

const readOnly = readOnlySwitch();

/** Whether this machine lets us make a folder immutable (root on ext4/xfs with chattr). */
function canMakeImmutable(): boolean {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkweb-chattr-'));
  try {
    execFileSync('chattr', ['+i', probe], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}

describe('MapStore: when the disk refuses a write', () => {
  const data = useDataDir();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the edits in memory, tells the user, and saves them once the cause is gone', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = data.open({ saveDelayMs: 200 });
    const witness = store.create('Blijft heel');
    store.apply(witness.id, addActor('w1'));
    store.flush();
    const witnessBytes = fs.readFileSync(mapPath(data.dir(), witness.id));

    const { id } = store.create('Lindenhof');
    const file = mapPath(data.dir(), id);
    fs.rmSync(file); // (a new map is written at once)
    fs.mkdirSync(file); // a folder stands where the map file must go: the OS refuses the write
    store.apply(id, addActor('a1'));
    vi.advanceTimersByTime(200);

    const failed = store.notices().filter((n) => n.code === 'save-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ level: 'error', files: [file] });
    expect(failed[0]?.message).toContain(file);
    expect(failed[0]?.message).toMatch(/EISDIR/);
    expect(failed[0]?.message).toContain('Lindenhof');
    expect(store.hasUnsavedChanges()).toBe(true);

    // Work goes on in memory; no second notice for the same problem.
    store.apply(id, addActor('a2'));
    vi.advanceTimersByTime(500);
    expect(store.open(id).doc.actors.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(store.notices().filter((n) => n.code === 'save-failed')).toHaveLength(1);
    expect(fs.statSync(file).isDirectory()).toBe(true);
    expect(fs.readFileSync(mapPath(data.dir(), witness.id)).equals(witnessBytes)).toBe(true);

    fs.rmdirSync(file); // the cause is gone
    vi.advanceTimersByTime(500); // the first retry comes 1 s after the failure
    expect(readJson(file)).toMatchObject({ id, actors: [{ id: 'a1' }, { id: 'a2' }] });
    expect(store.hasUnsavedChanges()).toBe(false);
    expect(store.notices().map((n) => n.code)).toEqual(['save-recovered']);
    expect(fs.readFileSync(mapPath(data.dir(), witness.id)).equals(witnessBytes)).toBe(true);
  });

  it('leaves the saved file exactly as it was while a save fails, and keeps its backup', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    store.flush();
    const file = mapPath(data.dir(), id);
    const saved = fs.readFileSync(file);

    // A file stands where the backup folder of this map must be created.
    const backupDir = path.join(data.dir(), 'backups', id);
    fs.rmSync(backupDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(backupDir), { recursive: true });
    fs.writeFileSync(backupDir, 'in de weg');
    store.apply(id, addActor('a2'));
    store.flush();

    expect(store.notices()).toEqual([expect.objectContaining({ code: 'save-failed', files: [file] })]);
    expect(fs.readFileSync(file).equals(saved)).toBe(true);
    expect(store.open(id).doc.actors).toHaveLength(2);

    fs.rmSync(backupDir);
    store.flush();
    expect(readJson(file)).toMatchObject({ actors: [{ id: 'a1' }, { id: 'a2' }] });
    const backups = listBackups(backupDir);
    expect(backups).toHaveLength(1);
    expect(fs.readFileSync(backups[0]?.path ?? '').equals(saved)).toBe(true);
    expect(store.notices().map((n) => n.code)).toEqual(['save-recovered']);
  });

  it('tells the user when the list of maps cannot be saved either', () => {
    const store = data.open();
    fs.mkdirSync(path.join(data.dir(), 'maps-index.json'));
    store.create('Lindenhof');
    store.flush();
    const notice = store.notices().find((n) => n.code === 'save-failed');
    expect(notice?.message).toContain('de lijst met kaarten');
    expect(notice?.files).toEqual([path.join(data.dir(), 'maps-index.json')]);
  });

  it.skipIf(!canMakeImmutable())('survives a maps folder that has become read-only (immutable), without losing older backups', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    store.flush();
    const file = mapPath(data.dir(), id);
    const saved = fs.readFileSync(file);
    const mapsDir = path.join(data.dir(), 'maps');
    const backupsBefore = listBackups(path.join(data.dir(), 'backups', id)).length;
    // The edit reaches the journal first; then the folder becomes read-only before the save.
    store.apply(id, addActor('a2'));
    execFileSync('chattr', ['+i', mapsDir]);
    try {
      store.flush();
      store.flush();
      store.flush();
      const failed = store.notices().filter((n) => n.code === 'save-failed');
      expect(failed).toHaveLength(1);
      expect(failed[0]?.message).toMatch(/EPERM|EACCES|EROFS/);
      expect(fs.readFileSync(file).equals(saved)).toBe(true);
      // Three failed attempts made one backup of the saved version, not three.
      expect(listBackups(path.join(data.dir(), 'backups', id))).toHaveLength(backupsBefore + 1);
    } finally {
      execFileSync('chattr', ['-i', mapsDir]);
    }
    store.flush();
    expect(readJson(file)).toMatchObject({ actors: [{ id: 'a1' }, { id: 'a2' }] });
    expect(store.notices().map((n) => n.code)).toEqual(['save-recovered']);
  });

  it.skipIf(readOnly === null)('names the real cause when the data folder is read-only (not ENOENT)', () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    readOnly!.on(data.dir());
    try {
      store.flush();
    } finally {
      readOnly!.off(data.dir());
    }
    const failed = store.notices().find((n) => n.code === 'save-failed');
    expect(failed?.message).toContain(readOnly!.how === 'mount' ? '(EROFS' : '(EACCES');
    expect(failed?.message).not.toContain('ENOENT');
  });

  it.skipIf(readOnly === null)('refuses to create, import or copy a map the disk cannot take, and lists none of them', () => {
    const store = data.open();
    const existing = store.create('Lindenhof');
    store.flush();
    const mapsDir = path.join(data.dir(), 'maps');
    readOnly!.on(mapsDir);
    try {
      for (const attempt of [() => store.create('Nieuw'), () => store.importMap('Import', [], []), () => store.duplicate(existing.id, 'Kopie')]) {
        let thrown: unknown;
        try {
          attempt();
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toMatchObject({ code: 'not-saved' });
        expect((thrown as Error).message).toMatch(/is niet gemaakt: .*\((EROFS|EACCES)/);
      }
    } finally {
      readOnly!.off(mapsDir);
    }
    expect(store.list().map((m) => m.name)).toEqual(['Lindenhof']);
    expect(store.hasUnsavedChanges()).toBe(false);
    expect(store.create('Nieuw').name).toBe('Nieuw');
  });
});
