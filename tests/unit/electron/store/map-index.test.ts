import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyMap } from '../../../../shared/domain/map-document';
import { addActor, filesIn, mapPath, readJson, useDataDir } from './store-fixtures';

describe('MapStore: the list of maps is a cache of the map files', () => {
  const data = useDataDir();
  const indexFile = (): string => path.join(data.dir(), 'maps-index.json');

  function twoMaps(): { a: string; b: string } {
    const store = data.open();
    const a = store.create('Lindenhof').id;
    const b = store.create('Oosterpark').id;
    store.apply(b, addActor('x'));
    store.close();
    return { a, b };
  }

  it('rebuilds a damaged list from the map files and keeps the damaged one aside', () => {
    const { a, b } = twoMaps();
    fs.writeFileSync(indexFile(), '{"format":"wijkweb-index","maps":[{"id":');
    const store = data.open();
    expect(store.list().map((m) => m.id).sort()).toEqual([a, b].sort());
    expect(store.list().find((m) => m.id === b)).toMatchObject({ name: 'Oosterpark', actorCount: 1 });

    const moved = filesIn(path.join(data.dir(), 'beschadigd'));
    expect(moved).toEqual([expect.stringMatching(/^maps-index-.*\.json$/)]);
    expect(fs.readFileSync(path.join(data.dir(), 'beschadigd', moved[0] ?? ''), 'utf8')).toBe('{"format":"wijkweb-index","maps":[{"id":');
    expect(store.notices()).toEqual([expect.objectContaining({ code: 'quarantined', level: 'info' })]);

    store.flush();
    expect(readJson(indexFile())).toMatchObject({ format: 'wijkweb-index', version: 1 });
  });

  it('rebuilds a list of the wrong shape', () => {
    const { a, b } = twoMaps();
    fs.writeFileSync(indexFile(), JSON.stringify({ format: 'wijkweb-index', version: 1, maps: 'geen lijst' }));
    expect(data.open().list().map((m) => m.id).sort()).toEqual([a, b].sort());
  });

  it('rebuilds a missing list', () => {
    const { a, b } = twoMaps();
    fs.rmSync(indexFile());
    const store = data.open();
    expect(store.list().map((m) => m.id).sort()).toEqual([a, b].sort());
    store.flush();
    expect(fs.existsSync(indexFile())).toBe(true);
  });

  it('drops entries whose file is gone and adds files that are not listed', () => {
    const { a, b } = twoMaps();
    fs.rmSync(mapPath(data.dir(), a));
    const added = emptyMap('toegevoegd-1', 'Van een collega', '2026-01-01T00:00:00.000Z');
    fs.writeFileSync(mapPath(data.dir(), 'toegevoegd-1'), JSON.stringify(added));
    // Not maps: temp files of an interrupted write, other names.
    fs.writeFileSync(path.join(data.dir(), 'maps', `${b}.json.tmp-1234567890abcdef`), '{');
    fs.writeFileSync(path.join(data.dir(), 'maps', 'lees mij.txt'), 'hallo');

    const store = data.open();
    expect(store.list().map((m) => m.id).sort()).toEqual([b, 'toegevoegd-1'].sort());
    expect(store.open('toegevoegd-1').doc.name).toBe('Van een collega');
    store.close();
    const listed = (readJson(indexFile()) as { maps: { id: string }[] }).maps.map((m) => m.id).sort();
    expect(listed).toEqual([b, 'toegevoegd-1'].sort());
    expect(fs.readFileSync(path.join(data.dir(), 'maps', 'lees mij.txt'), 'utf8')).toBe('hallo');
  });

  it('reads a map file again when it changed after the list was written', () => {
    const { b } = twoMaps();
    const file = mapPath(data.dir(), b);
    const doc = readJson(file) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...doc, name: 'Oosterpark-Zuid' }));
    expect(data.open().list().find((m) => m.id === b)?.name).toBe('Oosterpark-Zuid');
  });
});
