// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../../electron/server/http-bridge';
import { rawRequest } from './bridge-client';
import { startTestBridge, type TestBridge } from './test-bridge';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuv';

let running: TestBridge;
let bridge: Bridge;
let internalErrors: unknown[] = [];

beforeEach(async () => {
  running = await startTestBridge(TOKEN);
  ({ bridge, internalErrors } = running);
});

afterEach(() => running.stop());

const post = (path: string, body: string) =>
  rawRequest({ port: bridge.port, method: 'POST', path, headers: { 'Content-Type': 'application/json', 'X-Wijkweb-Token': TOKEN }, body });

async function stillServes(): Promise<void> {
  const created = await post('/rpc/maps.create', JSON.stringify({ name: 'Daarna' }));
  expect(created.status).toBe(200);
  expect(JSON.parse(created.body)).toMatchObject({ ok: true });
  expect(internalErrors).toEqual([]);
}

describe('hostile JSON to the bridge: refused with a Dutch message, the server stays up', () => {
  it('refuses 100 000 nested arrays', async () => {
    const response = await post('/rpc/maps.create', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/te diep genest/) } });
    await stillServes();
  });

  it('refuses 20 000 batches nested in each other', async () => {
    const map = JSON.parse((await post('/rpc/maps.create', JSON.stringify({ name: 'Doel' }))).body) as { value: { id: string } };
    let command = '{"type":"actor.remove","id":"x"}';
    for (let i = 0; i < 20_000; i++) command = `{"type":"batch","commands":[${command}]}`;
    const response = await post('/rpc/map.apply', `{"id":"${map.value.id}","command":${command}}`);
    const body = JSON.parse(response.body) as { ok: boolean; error: { code: string; message: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(body.error.message).toMatch(/genest|diep/);
    await stillServes();
  });

  it('refuses an import of 60 000 actors (over the limit) and names the field', async () => {
    const body = JSON.stringify({ name: 'Te groot', actors: Array.from({ length: 60_000 }, () => ({})), relations: [] });
    const response = await post('/rpc/maps.import', body);
    const answer = JSON.parse(response.body) as { ok: boolean; error: { code: string; message: string; details?: string[] } };
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((answer.error.details ?? []).join(' ')).toMatch(/actors/);
    await stillServes();
  });
});
