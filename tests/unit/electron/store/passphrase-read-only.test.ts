import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMapFile } from '../../../../electron/store/map-file';
import { actor, addActor, mapPath, useDataDir } from './store-fixtures';
import { readOnlySwitch } from './read-only-folder';

const PASSPHRASE = 'een lange zin als wachtwoord';
const readOnly = readOnlySwitch();

describe.skipIf(readOnly === null)('MapStore: setting a passphrase on a read-only folder', () => {
  const data = useDataDir();

  it('reports the real error in Dutch, seals nothing, and works on a second try once the folder is writable', () => {
    const store = data.open();
    // Just imported: written at once, no backups or snapshots yet (so nothing else fails first).
    const { id } = store.importMap('Lindenhof', [actor('a1')], []);
    const file = mapPath(data.dir(), id);
    const plain = fs.readFileSync(file);

    readOnly!.on(data.dir());
    let thrown: unknown;
    try {
      store.setPassphrase(id, PASSPHRASE);
    } catch (error) {
      thrown = error;
    } finally {
      readOnly!.off(data.dir());
    }
    expect(thrown).toMatchObject({ code: 'io-error' });
    const message = (thrown as Error).message;
    expect(message).toContain(readOnly!.how === 'mount' ? 'EROFS' : 'EACCES');
    expect(message).toContain('niet beveiligd');
    expect(message).not.toContain('ENOENT');
    // Nothing pretends to be sealed, and no save notice with a wrong cause is left behind.
    expect(fs.readFileSync(file).equals(plain)).toBe(true);
    expect(store.list()[0]?.sealed).toBeFalsy();
    expect(store.notices().map((n) => n.message).join(' ')).not.toContain('ENOENT');
    expect(store.open(id).save).toBe('saved');

    expect(store.setPassphrase(id, PASSPHRASE)).toMatchObject({ backups: expect.any(Number) });
    expect(readMapFile(file, id).kind).toBe('sealed');
    expect(store.list()[0]?.sealed).toBe(true);
    store.apply(id, addActor('a2'));
    expect(store.open(id).doc.actors.map((a) => a.id)).toEqual(['a1', 'a2']);
  });
});
