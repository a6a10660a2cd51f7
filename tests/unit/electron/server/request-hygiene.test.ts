// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../../electron/server/http-bridge';
import { exchange, wire } from './raw-socket';
import { startTestBridge, type TestBridge } from './test-bridge';

const TOKEN = 'test-token-hygiene-0123456789abcdefghijklmn';

let running: TestBridge;
let bridge: Bridge;

beforeEach(async () => {
  running = await startTestBridge(TOKEN);
  bridge = running.bridge;
});

afterEach(() => running.stop());

const host = (): string => `Host: 127.0.0.1:${bridge.port}`;
const listMaps = (contentType = 'Content-Type: application/json'): string => wire('POST', '/rpc/maps.list', [host(), `X-Wijkweb-Token: ${TOKEN}`, contentType], '{}');

describe('browser mode: the bridge refuses requests that are not plain JSON calls', () => {
  it.each(['Content-Type: text/plain', 'Content-Type: application/x-www-form-urlencoded', 'Content-Type: multipart/form-data; boundary=x', 'X-Leeg: geen content-type'])(
    'an API call with %s gets 415 and a Dutch message',
    async (contentType) => {
      const [response] = await exchange(bridge.port, listMaps(contentType), 1);
      expect(response?.status).toBe(415);
      expect(JSON.parse(response?.body ?? '{}')).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: 'Geweigerd: Wijkweb neemt alleen JSON aan (Content-Type: application/json).' },
      });
    },
  );

  it('JSON with a charset is accepted', async () => {
    const [response] = await exchange(bridge.port, listMaps('Content-Type: application/json; charset=utf-8'), 1);
    expect(response?.status).toBe(200);
  });

  it('a request with a duplicated Host header is refused, even when the first one is ours', async () => {
    const raw = wire('POST', '/rpc/maps.list', [host(), 'Host: evil.example', `X-Wijkweb-Token: ${TOKEN}`, 'Content-Type: application/json'], '{}');
    const [response] = await exchange(bridge.port, raw, 1);
    expect([400, 403]).toContain(response?.status);
    expect(response?.body).not.toContain('"ok":true');
  });
});

describe('browser mode: a body on GET or DELETE does not break the next request on the connection', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/rpc/maps.list'],
    ['DELETE', '/rpc/maps.list'],
    ['DELETE', '/'],
  ])('%s %s with a body, then an API call on the same keep-alive connection', async (method, path) => {
    const first = wire(method, path, [host(), `X-Wijkweb-Token: ${TOKEN}`, 'Content-Type: application/json'], '{"verstopt": "POST /rpc/maps.create HTTP/1.1"}');
    const responses = await exchange(bridge.port, first + listMaps(), 2);
    expect(responses).toHaveLength(2);
    expect(responses[1]?.status).toBe(200);
    expect(JSON.parse(responses[1]?.body ?? '{}')).toEqual({ ok: true, value: [] });
  });
});
