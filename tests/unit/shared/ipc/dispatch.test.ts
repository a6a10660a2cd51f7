import { describe, expect, it, vi } from 'vitest';
import { buildApi, type Invoke } from '../../../../shared/ipc/api';
import { CHANNELS } from '../../../../shared/ipc/channels';
import { contract } from '../../../../shared/ipc/contract';
import { dispatch, type Handlers } from '../../../../shared/ipc/dispatch';
import { WijkwebError } from '../../../../shared/result';

function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const missing = () => {
    throw new WijkwebError('internal', 'niet in deze test');
  };
  const table = Object.fromEntries(CHANNELS.map((c) => [c, missing])) as unknown as Handlers;
  return { ...table, ...overrides };
}

describe('dispatch', () => {
  it('every channel has a contract entry with input and output schemas', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('validates input before the handler runs, and lists the problems', async () => {
    const create = vi.fn();
    const result = await dispatch(fakeHandlers({ 'maps.create': create }), 'maps.create', { name: '   ' }, { origin: 'ipc' });
    expect(create).not.toHaveBeenCalled();
    expect(!result.ok && result.error.code).toBe('invalid-input');
    expect(!result.ok && result.error.details?.[0]).toMatch(/^name: /);
  });

  it('refuses an unknown channel', async () => {
    const result = await dispatch(fakeHandlers(), 'fs.readFile', {}, { origin: 'http' });
    expect(!result.ok && result.error.code).toBe('not-found');
  });

  it('passes a WijkwebError through with its code, and hides other errors behind "internal"', async () => {
    const notFound = await dispatch(
      fakeHandlers({ 'map.open': () => { throw new WijkwebError('not-found', 'Kaart bestaat niet'); } }),
      'map.open', { id: 'x' }, { origin: 'ipc' },
    );
    expect(!notFound.ok && notFound.error).toEqual({ code: 'not-found', message: 'Kaart bestaat niet' });
    const log = vi.fn();
    const boom = await dispatch(
      fakeHandlers({ 'maps.list': () => { throw new TypeError('x is undefined'); } }),
      'maps.list', {}, { origin: 'ipc' }, log,
    );
    expect(!boom.ok && boom.error.code).toBe('internal');
    expect(!boom.ok && boom.error.message).not.toContain('undefined');
    expect(log).toHaveBeenCalledOnce();
  });

  it('strips unknown fields from input before the handler sees them', async () => {
    const rename = vi.fn(() => ({ id: 'm', name: 'B', createdAt: '', updatedAt: '', actorCount: 0, relationCount: 0 }));
    await dispatch(fakeHandlers({ 'maps.rename': rename }), 'maps.rename', { id: 'm', name: 'B', evil: true }, { origin: 'ipc' });
    expect(rename).toHaveBeenCalledWith({ id: 'm', name: 'B' }, { origin: 'ipc' });
  });
});

describe('buildApi', () => {
  it('gives one function per channel, namespaced by domain, that calls the transport', async () => {
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, value: [] }));
    const api = buildApi(invoke, () => () => undefined);
    await api.maps.list({});
    await api.map.undo({ id: 'm' });
    expect(invoke).toHaveBeenNthCalledWith(1, 'maps.list', {});
    expect(invoke).toHaveBeenNthCalledWith(2, 'map.undo', { id: 'm' });
    for (const channel of CHANNELS) {
      const [domain, verb] = channel.split('.') as [keyof typeof api, string];
      expect(typeof (api[domain] as unknown as Record<string, unknown>)[verb]).toBe('function');
    }
  });
});
