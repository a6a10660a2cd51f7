import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/store/handlers';
import { openConfPrefs } from '../../../../electron/store/prefs-store';
import { CHANNELS } from '../../../../shared/ipc/channels';
import { contract } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { addActor, useDataDir } from './store-fixtures';

describe('createHandlers: every channel of the contract, served from the store', () => {
  const data = useDataDir();
  const ctx = { origin: 'http' } as const;

  function setup(): ReturnType<typeof createHandlers> {
    const store = data.open();
    return createHandlers({ store, prefs: openConfPrefs(data.dir()), info: { version: '0.1.0', mode: 'browser', dataDir: data.dir() } });
  }

  it('has exactly one handler per channel', () => {
    expect(Object.keys(setup()).sort()).toEqual([...CHANNELS].sort());
  });

  it('answers a whole session in the shapes the contract promises', async () => {
    const handlers = setup();
    const call = async (channel: string, input: unknown): Promise<unknown> => {
      const result = await dispatch(handlers, channel, input, ctx);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      const schema = contract[channel as keyof typeof contract].output;
      expect(schema.safeParse(result.value).success).toBe(true);
      return result.value;
    };
    expect(await call('app.info', {})).toEqual({ version: '0.1.0', mode: 'browser', dataDir: data.dir() });
    const created = (await call('maps.create', { name: 'Lindenhof' })) as { id: string };
    await call('map.apply', { id: created.id, command: addActor('a1') });
    await call('map.apply', { id: created.id, command: addActor('a2') });
    expect(await call('map.undo', { id: created.id })).toMatchObject({ base: 2, canRedo: true, revision: 3, patch: { actors: { put: [], remove: ['a2'] } } });
    expect(await call('map.redo', { id: created.id })).toMatchObject({ base: 3, canRedo: false, revision: 4, patch: { actors: { put: [{ id: 'a2' }], remove: [] } } });
    expect(await call('map.open', { id: created.id })).toMatchObject({ doc: { actors: [{ id: 'a1' }, { id: 'a2' }] } });
    await call('maps.rename', { id: created.id, name: 'Lindenhof-Noord' });
    const copy = (await call('maps.duplicate', { id: created.id, name: 'Kopie' })) as { id: string };
    expect(((await call('maps.list', {})) as unknown[]).length).toBe(2);
    expect(await call('maps.delete', { id: copy.id })).toEqual({ id: copy.id });
    expect(await call('app.notices', {})).toEqual([]);
    expect(await call('app.dismissNotice', { id: 'onbekend' })).toEqual([]);
    expect(await call('prefs.get', {})).toEqual({ language: 'nl' });
    expect(await call('prefs.set', { language: 'en' })).toEqual({ language: 'en' });
  });

  it('turns store errors into failed results with their code and Dutch message', async () => {
    const handlers = setup();
    const missing = await dispatch(handlers, 'map.open', { id: 'bestaat-niet' }, ctx);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const created = await dispatch(handlers, 'maps.create', { name: 'Lindenhof' }, ctx);
    if (!created.ok) throw new Error('create failed');
    const { id } = created.value as { id: string };
    const bad = await dispatch(handlers, 'map.apply', { id, command: { type: 'relation.remove', id: 'r9' } }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('bestaat niet') } });
    const nothing = await dispatch(handlers, 'map.undo', { id }, ctx);
    expect(nothing).toMatchObject({ ok: false, error: { code: 'nothing-to-undo' } });
  });
});
