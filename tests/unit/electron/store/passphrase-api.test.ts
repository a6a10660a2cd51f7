import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/store/handlers';
import { openConfPrefs } from '../../../../electron/store/prefs-store';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { addActor, readJson, useDataDir } from './store-fixtures';

const PASS = 'de linde bloeit in juni';

describe('the API of passphrase protection', () => {
  const data = useDataDir();

  it('seals a map and its new snapshots, answers locked after a restart, and unlocks only with the right passphrase', async () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1', { name: 'Fatima Yilmaz', isPerson: true }));
    const handlers = () => createHandlers({ store: current, prefs: openConfPrefs(data.dir()), info: { version: '0', mode: 'browser', dataDir: data.dir() } });
    let current = store;
    const call = (channel: string, input: unknown) => dispatch(handlers(), channel, input, { origin: 'http' }, (error) => {
      throw error;
    });

    expect(await call('map.setPassphrase', { id, passphrase: 'te kort' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('map.setPassphrase', { id, passphrase: PASS })).toEqual({ ok: true, value: { backups: 1, snapshots: 0 } });
    const snapshot = await call('snapshots.create', { mapId: id, name: 'Begin', date: '2026-03-01', note: 'Fatima Yilmaz kwam' });
    expect(snapshot.ok).toBe(true);
    const snapshotDir = path.join(data.dir(), 'snapshots', id);
    const [snapshotFile] = fs.readdirSync(snapshotDir);
    expect(readJson(path.join(snapshotDir, snapshotFile ?? ''))).toMatchObject({ format: 'wijkweb-versleuteld' });
    expect(fs.readFileSync(path.join(snapshotDir, snapshotFile ?? ''), 'utf8')).not.toContain('Fatima');

    store.close();
    current = data.open();
    expect(await call('map.open', { id })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await call('snapshots.list', { mapId: id })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await call('map.unlock', { id, passphrase: 'de linde bloeit in mei' })).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Het wachtwoord klopt niet.' },
    });
    expect(await call('map.unlock', { id, passphrase: PASS })).toMatchObject({ ok: true, value: { doc: { actors: [{ name: 'Fatima Yilmaz' }] } } });
    expect(await call('snapshots.list', { mapId: id })).toMatchObject({ ok: true, value: { snapshots: [{ name: 'Begin' }], damaged: [] } });
    expect(await call('map.lock', { id })).toEqual({ ok: true, value: { id } });
    expect(await call('maps.list', {})).toMatchObject({ ok: true, value: [{ id, name: 'Lindenhof', sealed: true, locked: true }] });
  });
});
