import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/store/handlers';
import { openConfPrefs } from '../../../../electron/store/prefs-store';
import type { MapState } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { addActor, useDataDir } from './store-fixtures';

describe('snapshots (momentopnamen): freeze, list, open read-only, restore as one undoable step', () => {
  const data = useDataDir();

  function setup() {
    const store = data.open();
    const handlers = createHandlers({ store, prefs: openConfPrefs(data.dir()), info: { version: '0', mode: 'browser', dataDir: data.dir() } });
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await dispatch(handlers, channel, input, { origin: 'http' });
      if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
      return result.value as T;
    };
    return { store, call };
  }

  it('keeps a frozen copy next to the map that later edits do not touch, and restores it undoably', async () => {
    const { call } = setup();
    const { id } = await call<{ id: string }>('maps.create', { name: 'Lindenhof' });
    await call('map.apply', { id, command: addActor('a1') });
    const snap = await call<{ id: string; actorCount: number }>('snapshots.create', {
      mapId: id,
      name: 'Voorjaar',
      date: '2026-03-01',
      note: 'na de bewonersavond',
    });
    expect(snap.actorCount).toBe(1);
    expect(readdirSync(join(data.dir(), 'snapshots', id))).toEqual([`${snap.id}.json`]);

    await call('map.apply', { id, command: addActor('a2') });
    await call('map.apply', { id, command: addActor('a3') });
    const frozen = await call<{ doc: { actors: unknown[] }; info: { name: string; note: string } }>('snapshots.get', { mapId: id, snapshotId: snap.id });
    expect(frozen.doc.actors).toHaveLength(1);
    expect(frozen.info).toMatchObject({ name: 'Voorjaar', note: 'na de bewonersavond' });

    const restored = await call<MapState>('snapshots.restore', { mapId: id, snapshotId: snap.id });
    expect(restored.doc.actors.map((a) => a.id)).toEqual(['a1']);
    expect(restored.doc.name).toBe('Lindenhof');
    await call('map.undo', { id });
    const undone = await call<MapState>('map.open', { id });
    expect(undone.doc.actors.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('lists snapshots by date and names a damaged file without touching it', async () => {
    const { call } = setup();
    const { id } = await call<{ id: string }>('maps.create', { name: 'Lindenhof' });
    await call('snapshots.create', { mapId: id, name: 'Later', date: '2026-09-01', note: '' });
    await call('snapshots.create', { mapId: id, name: 'Eerder', date: '2026-01-15', note: '' });
    const dir = join(data.dir(), 'snapshots', id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'kapot.json'), '{"format": "wijkweb-momentopname", "vers');
    const listed = await call<{ snapshots: { name: string }[]; damaged: { file: string; reason: string }[] }>('snapshots.list', { mapId: id });
    expect(listed.snapshots.map((s) => s.name)).toEqual(['Eerder', 'Later']);
    expect(listed.damaged).toHaveLength(1);
    expect(listed.damaged[0]?.reason).toContain('kapot.json');
    expect(readdirSync(dir)).toContain('kapot.json');
  });

  it('deletes one snapshot file for good and leaves the map and the other snapshots alone', async () => {
    const { call } = setup();
    const { id } = await call<{ id: string }>('maps.create', { name: 'Lindenhof' });
    await call('map.apply', { id, command: addActor('a1') });
    const first = await call<{ id: string }>('snapshots.create', { mapId: id, name: 'Voorjaar', date: '2026-03-01', note: '' });
    const second = await call<{ id: string }>('snapshots.create', { mapId: id, name: 'Najaar', date: '2026-10-01', note: '' });
    expect(await call('snapshots.delete', { mapId: id, snapshotId: first.id })).toEqual({ id: first.id });
    expect(readdirSync(join(data.dir(), 'snapshots', id))).toEqual([`${second.id}.json`]);
    const left = await call<{ snapshots: { name: string }[] }>('snapshots.list', { mapId: id });
    expect(left.snapshots.map((s) => s.name)).toEqual(['Najaar']);
    expect((await call<MapState>('map.open', { id })).doc.actors).toHaveLength(1);
    await expect(call('snapshots.delete', { mapId: id, snapshotId: first.id })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call('snapshots.delete', { mapId: id, snapshotId: '../kaart' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('refuses a snapshot without a name or with a wrong date, in Dutch', async () => {
    const { call } = setup();
    const { id } = await call<{ id: string }>('maps.create', { name: 'Lindenhof' });
    await expect(call('snapshots.create', { mapId: id, name: ' ', date: '2026-03-01', note: '' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(call('snapshots.create', { mapId: id, name: 'X', date: '1-3-2026', note: '' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(call('snapshots.get', { mapId: id, snapshotId: 'bestaat-niet' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
