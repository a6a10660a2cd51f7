// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  createBrowserApi,
  UNREACHABLE_MESSAGE,
  type BrowserClientOptions,
  type EventSourceLike,
} from '../../../../renderer/src/api/browser-client';

const BASE = 'http://127.0.0.1:41234/';

/** An EventSource stand-in that the test can push events into. */
class FakeEventSource implements EventSourceLike {
  readonly listeners = new Map<string, ((event: { data?: unknown }) => void)[]>();
  closed = false;
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
  }
  push(type: string, data: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
}

function setup(fetchImpl: typeof fetch) {
  const sources: FakeEventSource[] = [];
  const options: BrowserClientOptions = {
    token: 'geheim',
    baseUrl: BASE,
    fetch: fetchImpl,
    createEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
  };
  return { api: createBrowserApi(options), sources };
}

const jsonResponse = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('browser-mode API client', () => {
  it('posts each call to /rpc/<channel> with the token header and returns the Result', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse({ ok: true, value: [] }));
    const { api } = setup(fetchMock);
    await expect(api.maps.list({})).resolves.toEqual({ ok: true, value: [] });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(String(url)).toBe(`${BASE}rpc/maps.list`);
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['X-Wijkweb-Token']).toBe('geheim');
    expect(init?.body).toBe('{}');
  });

  it('passes error Results through, also for refused requests (401)', async () => {
    const refused = { ok: false, error: { code: 'unauthorized', message: 'Geen toegang' } };
    const { api } = setup(async () => jsonResponse(refused, 401));
    await expect(api.maps.create({ name: 'Lindenhof' })).resolves.toEqual(refused);
  });

  it('turns a stopped server into an io-error Result with a Dutch explanation', async () => {
    const { api } = setup(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.maps.list({})).resolves.toEqual({ ok: false, error: { code: 'io-error', message: UNREACHABLE_MESSAGE } });
  });

  it('never trusts an answer that is not a Result', async () => {
    const { api } = setup(async () => new Response('<html>proxy</html>', { status: 502 }));
    const result = await api.maps.list({});
    expect(result.ok).toBe(false);
  });

  it('shares one event stream for all listeners and unsubscribes exactly one listener', () => {
    const { api, sources } = setup(vi.fn<typeof fetch>());
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = api.on('map.changed', first);
    const offSecond = api.on('maps.changed', second);
    expect(sources).toHaveLength(1);
    expect(sources[0]?.url).toBe(`${BASE}events?token=geheim`);

    sources[0]?.push('map.changed', JSON.stringify({ id: 'k1', revision: 3 }));
    expect(first).toHaveBeenCalledWith({ id: 'k1', revision: 3 });
    expect(second).not.toHaveBeenCalled();

    offFirst();
    sources[0]?.push('map.changed', JSON.stringify({ id: 'k1', revision: 4 }));
    expect(first).toHaveBeenCalledTimes(1);
    expect(sources[0]?.closed).toBe(false);

    offSecond();
    expect(sources[0]?.closed).toBe(true);
  });

  it('ignores events that are not JSON', () => {
    const { api, sources } = setup(vi.fn<typeof fetch>());
    const listener = vi.fn();
    api.on('notice', listener);
    sources[0]?.push('notice', '{kapot');
    expect(listener).not.toHaveBeenCalled();
  });
});
