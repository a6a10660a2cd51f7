import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addActor, filesIn, makeOld, mapPath, useDataDir } from './store-fixtures';

const FUTURE_ID = '0b7e9d2c-future-map';
/** A map written by a newer Wijkweb, with a field this version does not know. */
const FUTURE_TEXT = `{
  "format": "wijkweb",
  "version": 99,
  "id": "${FUTURE_ID}",
  "name": "Kaart van de toekomst",
  "createdAt": "2030-01-01T00:00:00.000Z",
  "updatedAt": "2030-02-01T00:00:00.000Z",
  "actors": [{ "id": "a1", "hologram": true }],
  "relations": [],
  "krachtenvelden": [{ "vraag": "Blijft de huiskamer open?" }]
}
`;

describe('MapStore: maps made by a newer Wijkweb', () => {
  const data = useDataDir();

  function writeFutureMap(): string {
    const file = mapPath(data.dir(), FUTURE_ID);
    fs.mkdirSync(`${data.dir()}/maps`, { recursive: true });
    fs.writeFileSync(file, FUTURE_TEXT);
    return file;
  }

  it('refuses to open it, leaves it byte for byte as it was, and keeps it in the list by name', () => {
    const file = writeFutureMap();
    const before = fs.readFileSync(file);
    const store = data.open();

    expect(store.list()).toEqual([
      {
        id: FUTURE_ID,
        name: 'Kaart van de toekomst',
        createdAt: '2030-01-01T00:00:00.000Z',
        updatedAt: '2030-02-01T00:00:00.000Z',
        actorCount: 1,
        relationCount: 0,
      },
    ]);
    expect(() => store.open(FUTURE_ID)).toThrow(expect.objectContaining({ code: 'future-version' }));
    expect(() => store.apply(FUTURE_ID, addActor('x'))).toThrow(expect.objectContaining({ code: 'future-version' }));
    expect(() => store.rename(FUTURE_ID, 'Anders')).toThrow(expect.objectContaining({ code: 'future-version' }));
    expect(() => store.duplicate(FUTURE_ID, 'Kopie')).toThrow(expect.objectContaining({ code: 'future-version' }));
    expect(store.notices()).toEqual([expect.objectContaining({ code: 'future-version', files: [file] })]);

    // Other work goes on and is saved; the future map is never touched.
    const other = store.create('Lindenhof');
    store.apply(other.id, addActor('a1'));
    store.close();
    const again = data.open();
    expect(again.list().map((m) => m.name).sort()).toEqual(['Kaart van de toekomst', 'Lindenhof']);
    expect(() => again.open(FUTURE_ID)).toThrow(expect.objectContaining({ code: 'future-version' }));
    again.close();

    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(filesIn(`${data.dir()}/beschadigd`)).toEqual([]);
    expect(filesIn(`${data.dir()}/backups`)).not.toContain(FUTURE_ID);
  });

  it('says in Dutch that Wijkweb needs an update, and where the file is', () => {
    const file = writeFutureMap();
    makeOld(file);
    const store = data.open();
    let message = '';
    try {
      store.open(FUTURE_ID);
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toContain('nieuwere versie van Wijkweb');
    expect(message).toContain(file);
  });
});
