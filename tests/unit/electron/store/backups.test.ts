import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../../electron/store/backups';
import { addActor, readJson, tickingClock, useDataDir } from './store-fixtures';

describe('MapStore: rotating backups', () => {
  const data = useDataDir();

  it('keeps exactly the last 10 earlier versions of a map', () => {
    const store = data.open({ now: tickingClock() });
    const { id } = store.create('Lindenhof');
    store.flush(); // version with 0 actors; nothing to back up yet
    for (let i = 1; i <= 15; i++) {
      store.apply(id, addActor(`a${i}`));
      store.flush(); // each write first copies the previous version
    }
    const backups = listBackups(`${data.dir()}/backups/${id}`);
    expect(backups).toHaveLength(10);
    // Newest first: the versions with 14, 13, …, 5 actors.
    const counts = backups.map((b) => (readJson(b.path) as { actors: unknown[] }).actors.length);
    expect(counts).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
  });

  it('keeps as many backups as asked for', () => {
    const store = data.open({ now: tickingClock(), backupCount: 3 });
    const { id } = store.create('Lindenhof');
    for (let i = 1; i <= 6; i++) {
      store.apply(id, addActor(`a${i}`));
      store.flush();
    }
    expect(listBackups(`${data.dir()}/backups/${id}`)).toHaveLength(3);
  });

  it('keeps backups apart even when the clock does not move', () => {
    const fixed = new Date('2026-03-01T09:00:00.000Z');
    const store = data.open({ now: () => fixed });
    const { id } = store.create('Lindenhof');
    for (let i = 1; i <= 4; i++) {
      store.apply(id, addActor(`a${i}`));
      store.flush();
    }
    const backups = listBackups(`${data.dir()}/backups/${id}`);
    expect(backups.map((b) => (readJson(b.path) as { actors: unknown[] }).actors.length)).toEqual([3, 2, 1, 0]); // the first write (on creation) had nothing to back up
  });

  it('leaves files in the backup folder alone that are not backups', () => {
    const store = data.open({ now: tickingClock(), backupCount: 1 });
    const { id } = store.create('Lindenhof');
    store.flush();
    fs.mkdirSync(`${data.dir()}/backups/${id}`, { recursive: true });
    fs.writeFileSync(`${data.dir()}/backups/${id}/notitie.txt`, 'van de gebruiker');
    for (let i = 1; i <= 3; i++) {
      store.apply(id, addActor(`a${i}`));
      store.flush();
    }
    expect(fs.readFileSync(`${data.dir()}/backups/${id}/notitie.txt`, 'utf8')).toBe('van de gebruiker');
  });
});
