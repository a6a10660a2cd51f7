// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../../electron/server/http-bridge';
import { createHandlers, MapStore, openConfPrefs } from '../../../../electron/store/index';
import { createActor } from '../../../../shared/domain/factories';
import { rawRequest, readEvents } from './bridge-client';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuv';
const SECRET = 'geheime inhoud buiten de statische map';

let root = '';
let store: MapStore;
let bridge: Bridge;
let internalErrors: unknown[] = [];

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'wijkweb-bridge-'));
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Wijkweb</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("wijkweb")');
  writeFileSync(join(root, 'package.json'), SECRET);
  const dataDir = join(root, 'data');
  internalErrors = [];
  store = MapStore.open({ dataDir, saveDelayMs: 5, onEvent: (event) => bridge.broadcast(event) });
  const handlers = createHandlers({ store, prefs: openConfPrefs(dataDir), info: { version: '0.0.0-test', mode: 'browser', dataDir } });
  bridge = await startBridge({ handlers, staticDir, port: 0, host: '127.0.0.1', token: TOKEN, onInternalError: (e) => internalErrors.push(e) });
});

afterEach(async () => {
  await bridge.close();
  store.close();
  rmSync(root, { recursive: true, force: true });
});

/** Calls a channel with fetch, as the browser client does. */
async function rpc(channel: string, input: unknown, token = TOKEN): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${bridge.url}rpc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Wijkweb-Token': token },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: await response.json() };
}

const post = (path: string, headers: Record<string, string>, body = '{}') =>
  rawRequest({ port: bridge.port, method: 'POST', path, headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('browser mode: the API over HTTP', () => {
  it('creates a map and lists it, end to end, with the right token', async () => {
    const created = await rpc('maps.create', { name: 'Lindenhof' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ ok: true, value: { name: 'Lindenhof', actorCount: 0 } });
    const listed = await rpc('maps.list', {});
    expect(listed.body).toMatchObject({ ok: true, value: [{ name: 'Lindenhof' }] });
  });

  it('refuses calls without the token, or with a wrong one (401, nothing changes)', async () => {
    const missing = await post('/rpc/maps.create', {}, JSON.stringify({ name: 'Inbraak' }));
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await rpc('maps.create', { name: 'Inbraak' }, `${TOKEN.slice(0, -1)}x`);
    expect(wrong.status).toBe(401);
    expect((await rpc('maps.list', {})).body).toEqual({ ok: true, value: [] });
  });

  it('refuses a foreign Host header, so a DNS-rebinding page cannot reach it (403)', async () => {
    const response = await post('/rpc/maps.list', { 'X-Wijkweb-Token': TOKEN, Host: `evil.example:${bridge.port}` });
    expect(response.status).toBe(403);
    const otherPort = await post('/rpc/maps.list', { 'X-Wijkweb-Token': TOKEN, Host: `127.0.0.1:${bridge.port + 1}` });
    expect(otherPort.status).toBe(403);
    const page = await rawRequest({ port: bridge.port, path: '/', headers: { Host: `evil.example:${bridge.port}` } });
    expect(page.status).toBe(403);
  });

  it('accepts localhost as well as 127.0.0.1 in Host and Origin', async () => {
    const response = await post('/rpc/maps.list', {
      'X-Wijkweb-Token': TOKEN,
      Host: `localhost:${bridge.port}`,
      Origin: `http://localhost:${bridge.port}`,
    });
    expect(response.status).toBe(200);
  });

  it('refuses a call from another website even with the token (foreign Origin, 403)', async () => {
    const response = await post('/rpc/maps.create', { 'X-Wijkweb-Token': TOKEN, Origin: 'https://evil.example' }, '{"name":"x"}');
    expect(response.status).toBe(403);
    const nullOrigin = await post('/rpc/maps.list', { 'X-Wijkweb-Token': TOKEN, Origin: 'null' });
    expect(nullOrigin.status).toBe(403);
  });

  it('answers invalid JSON with 400 and a Dutch message', async () => {
    const response = await post('/rpc/maps.create', { 'X-Wijkweb-Token': TOKEN }, '{"name": "Lind');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'De aanvraag is geen geldige JSON.' } });
  });

  it('answers invalid input with an invalid-input Result that says which field', async () => {
    const response = await rpc('maps.create', { name: '   ' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ok: false, error: { code: 'invalid-input', details: [expect.stringContaining('name')] } });
  });

  it('answers an unknown channel with 404 and a not-found Result', async () => {
    const response = await rpc('maps.explode', {});
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a body over 20 MB (413) without reading it', async () => {
    const response = await post('/rpc/maps.create', { 'X-Wijkweb-Token': TOKEN, 'Content-Length': String(25 * 1024 * 1024) }, '{');
    expect(response.status).toBe(413);
  });

  it('reports a map change over server-sent events after an edit', async () => {
    const { value: summary } = (await rpc('maps.create', { name: 'Lindenhof' })).body as { value: { id: string } };
    const received = readEvents(bridge.port, TOKEN, 'event: map.changed', () => {
      void rpc('map.apply', { id: summary.id, command: { type: 'actor.add', actor: createActor({ name: 'Huiskamer Lindenhof' }) } });
    });
    const text = await received;
    const frame = text.split('\n\n').find((chunk) => chunk.startsWith('event: map.changed')) ?? '';
    expect(JSON.parse(frame.split('\ndata: ')[1] ?? 'null')).toMatchObject({ id: summary.id, revision: 1 });
  });

  it('refuses the event stream without the token', async () => {
    const response = await rawRequest({ port: bridge.port, path: '/events?token=fout' });
    expect(response.status).toBe(401);
  });
});

describe('browser mode: serving the app', () => {
  it('serves the built UI with the right content types', async () => {
    const page = await rawRequest({ port: bridge.port, path: `/?token=${TOKEN}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const script = await rawRequest({ port: bridge.port, path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await rawRequest({ port: bridge.port, path: '/bestaat-niet.js' })).status).toBe(404);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/assets/..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json', '/..\\package.json'])(
    'never serves files outside the app folder (%s)',
    async (path) => {
      const response = await rawRequest({ port: bridge.port, path });
      expect([400, 403, 404]).toContain(response.status);
      expect(response.body).not.toContain(SECRET);
    },
  );

  it('sends the security headers on every response, and no-store on the API', async () => {
    const responses = [
      await rawRequest({ port: bridge.port, path: '/' }),
      await rawRequest({ port: bridge.port, path: '/nope' }),
      await post('/rpc/maps.list', { 'X-Wijkweb-Token': TOKEN }),
      await post('/rpc/maps.list', {}),
    ];
    for (const response of responses) {
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(responses[2]?.headers['cache-control']).toBe('no-store');
  });

  it('listens on 127.0.0.1 only', () => {
    const address = bridge.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: bridge.port });
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
    expect(internalErrors).toEqual([]);
  });
});
