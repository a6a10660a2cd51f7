import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../../electron/store/backups';
import { addActor, eventLog, filesIn, makeOld, mapPath, readJson, tickingClock, useDataDir } from './store-fixtures';

type Store = ReturnType<ReturnType<typeof useDataDir>['open']>;

/** A map saved three times: on disk [a1, a2, a3]; backups [a1] and [a1, a2]. */
function mapWithHistory(store: Store): string {
  const { id } = store.create('Lindenhof');
  for (const actorId of ['a1', 'a2', 'a3']) {
    store.apply(id, addActor(actorId));
    store.flush();
  }
  store.close();
  return id;
}

const DAMAGE: ReadonlyArray<[string, (good: string) => string]> = [
  ['a truncated file', (good) => good.slice(0, Math.floor(good.length / 2))],
  ['a file that is not JSON', () => '{"format": "wijkweb", dit is geen json'],
  ['valid JSON of the wrong shape', (good) => JSON.stringify({ ...(JSON.parse(good) as object), actors: 'geen lijst' })],
  ['an empty file', () => ''],
];

describe('MapStore: damaged map files', () => {
  const data = useDataDir();

  it.each(DAMAGE)('moves %s aside, keeps its bytes, and restores the newest good backup', (_label, damage) => {
    const id = mapWithHistory(data.open({ now: tickingClock() }));
    const file = mapPath(data.dir(), id);
    const damagedText = damage(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, damagedText);
    const newestBackup = listBackups(`${data.dir()}/backups/${id}`)[0]?.path ?? '';

    const log = eventLog();
    const store = data.open({ onEvent: log.onEvent });

    // The map is still there, at the state of the newest backup.
    expect(store.list().map((m) => m.id)).toEqual([id]);
    expect(store.open(id).doc.actors.map((a) => a.id)).toEqual(['a1', 'a2']);
    // It is written again as the current map file.
    expect(readJson(file)).toEqual(store.open(id).doc);

    // The damaged file is in beschadigd/, byte for byte.
    const moved = filesIn(`${data.dir()}/beschadigd`);
    expect(moved).toHaveLength(1);
    const movedPath = path.join(data.dir(), 'beschadigd', moved[0] ?? '');
    expect(moved[0]).toMatch(new RegExp(`^${id}-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z\\.json$`));
    expect(fs.readFileSync(movedPath).equals(Buffer.from(damagedText))).toBe(true);

    // The user is told, naming both files with their full paths.
    const notices = store.notices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'restored-backup', level: 'warning' });
    expect(notices[0]?.files).toEqual(expect.arrayContaining([movedPath, newestBackup]));
    expect(notices[0]?.message).toContain(movedPath);
    expect(notices[0]?.message).toContain(newestBackup);
    expect(notices[0]?.message).toContain('Lindenhof');
    expect(log.events).toContainEqual({ name: 'notice', payload: notices[0] });
  });

  it('finds the damage when the map is opened, also if the list of maps still trusts the file', () => {
    const id = mapWithHistory(data.open({ now: tickingClock() }));
    const file = mapPath(data.dir(), id);
    fs.writeFileSync(file, '{"afgebroken": ');
    makeOld(file); // older than maps-index.json, so start-up does not re-read it
    const store = data.open();
    expect(store.notices()).toEqual([]);

    expect(store.open(id).doc.actors.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(store.notices()).toEqual([expect.objectContaining({ code: 'restored-backup' })]);
    expect(filesIn(`${data.dir()}/beschadigd`)).toHaveLength(1);
  });

  it('skips backups that are damaged too and uses the newest one that is good', () => {
    const id = mapWithHistory(data.open({ now: tickingClock() }));
    fs.writeFileSync(mapPath(data.dir(), id), 'kapot');
    const [newest, older] = listBackups(`${data.dir()}/backups/${id}`);
    fs.writeFileSync(newest?.path ?? '', '{"ook": "kapot"}');

    const store = data.open();
    expect(store.open(id).doc.actors.map((a) => a.id)).toEqual(['a1']);
    expect(store.notices()[0]?.files).toContain(older?.path);
    expect(fs.readFileSync(newest?.path ?? '', 'utf8')).toBe('{"ook": "kapot"}');
  });

  it('without a good backup, takes the map off the list but keeps the damaged file and says where', () => {
    const id = mapWithHistory(data.open({ now: tickingClock() }));
    fs.rmSync(`${data.dir()}/backups/${id}`, { recursive: true });
    const file = mapPath(data.dir(), id);
    fs.writeFileSync(file, '{"format":"wijkweb"');
    makeOld(file);

    const store = data.open();
    expect(store.list().map((m) => m.id)).toEqual([id]); // not read yet
    expect(() => store.open(id)).toThrow(expect.objectContaining({ code: 'damaged-file' }));
    expect(store.list()).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);

    const moved = filesIn(`${data.dir()}/beschadigd`);
    const movedPath = path.join(data.dir(), 'beschadigd', moved[0] ?? '');
    expect(fs.readFileSync(movedPath, 'utf8')).toBe('{"format":"wijkweb"');
    const notice = store.notices()[0];
    expect(notice).toMatchObject({ code: 'quarantined', level: 'error', files: [movedPath] });
    expect(notice?.message).toContain(movedPath);
    expect(notice?.message).toContain('geen bruikbare reservekopie');
    store.close();

    // After a restart the map stays off the list and the damaged file stays where it is.
    expect(data.open().list()).toEqual([]);
    expect(fs.readFileSync(movedPath, 'utf8')).toBe('{"format":"wijkweb"');
  });

  it('never overwrites an earlier damaged file when a second one is moved aside', () => {
    const fixed = new Date('2026-03-01T09:00:00.000Z');
    const id = mapWithHistory(data.open({ now: () => fixed }));
    const file = mapPath(data.dir(), id);
    fs.writeFileSync(file, 'eerste schade');
    data.open({ now: () => fixed }).close(); // restores the backup
    fs.writeFileSync(file, 'tweede schade');
    data.open({ now: () => fixed }).close();
    const contents = filesIn(`${data.dir()}/beschadigd`).map((name) => fs.readFileSync(`${data.dir()}/beschadigd/${name}`, 'utf8'));
    expect(contents.sort()).toEqual(['eerste schade', 'tweede schade']);
  });
});
