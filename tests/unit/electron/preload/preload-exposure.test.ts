// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '../../../../shared/ipc/channels';

/** What the fake contextBridge and ipcRenderer saw while the preload ran. */
const seen = vi.hoisted(() => ({
  exposed: [] as { key: string; api: unknown }[],
  invoked: [] as { channel: string; input: unknown }[],
  listeners: new Map<string, (event: unknown, payload: unknown) => void>(),
}));

vi.mock('electron', () => {
  const ipcRenderer = {
    invoke: (channel: string, input: unknown) => {
      seen.invoked.push({ channel, input });
      return Promise.resolve({ ok: true, value: channel });
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      seen.listeners.set(channel, listener);
    },
    removeListener: (channel: string) => {
      seen.listeners.delete(channel);
    },
    send: () => undefined,
    sendSync: () => undefined,
  };
  return {
    ipcRenderer,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        seen.exposed.push({ key, api });
      },
    },
  };
});

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>> & {
  on: (event: string, listener: (payload: unknown) => void) => () => void;
};

function api(): Api {
  return seen.exposed[0]?.api as Api;
}

/** Every value reachable from the exposed object, with its path. */
function reachable(value: unknown, path = 'wijkweb'): { path: string; value: unknown }[] {
  if (typeof value !== 'object' || value === null) return [{ path, value }];
  return [{ path, value }, ...Object.entries(value).flatMap(([k, v]) => reachable(v, `${path}.${k}`))];
}

describe('the preload exposes only the contract: window.wijkweb and nothing else', () => {
  beforeAll(async () => {
    await import('../../../../electron/preload/index');
  });

  it('exposes exactly one object, named wijkweb', () => {
    expect(seen.exposed.map((e) => e.key)).toEqual(['wijkweb']);
  });

  it('has one function per contract channel plus `on`, and nothing else', () => {
    const functions = reachable(api())
      .filter((r) => typeof r.value === 'function')
      .map((r) => r.path.replace(/^wijkweb\./, ''))
      .sort();
    expect(functions).toEqual([...CHANNELS, 'on'].sort());
    for (const r of reachable(api())) expect(['object', 'function']).toContain(typeof r.value);
  });

  it('never hands out ipcRenderer or a raw send: every function only forwards its own channel', async () => {
    for (const channel of CHANNELS) {
      const [domain = '', verb = ''] = channel.split('.');
      await expect(api()[domain]?.[verb]?.({ x: 1 })).resolves.toEqual({ ok: true, value: channel });
    }
    expect(seen.invoked.map((c) => c.channel)).toEqual([...CHANNELS]);
    expect(reachable(api()).some((r) => /ipcRenderer|invoke|send/.test(r.path))).toBe(false);
  });

  it('subscribes only to the known events, and passes on only the payload (never the IPC event)', () => {
    const received: unknown[] = [];
    const off = api().on('map.changed', (payload) => received.push(payload));
    const listener = seen.listeners.get('event:map.changed');
    listener?.({ sender: 'ipcRenderer-object' }, { id: 'm1', revision: 2 });
    expect(received).toEqual([{ id: 'm1', revision: 2 }]);
    off();
    expect(seen.listeners.has('event:map.changed')).toBe(false);

    api().on('unknown.event', () => undefined);
    expect([...seen.listeners.keys()].every((k) => EVENTS.some((e) => k === `event:${e}`))).toBe(true);
  });
});
