// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  createSenderCheck,
  registerIpcHandlers,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../../electron/main/ipc/register';
import { CHANNELS } from '../../../../shared/ipc/channels';
import type { Handlers } from '../../../../shared/ipc/dispatch';

const APP = 'file:///opt/wijkweb/out/renderer/index.html';
const OUR_WINDOW = 7;

/** An ipcMain stand-in that keeps the registered handlers so the test can call them. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`twice: ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  call(channel: string, event: InvokeEventLike, input: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, input);
  }
}

const summary = { id: 'k1', name: 'Lindenhof', createdAt: '2026-01-01', updatedAt: '2026-01-01', actorCount: 0, relationCount: 0 };

function setup() {
  const create = vi.fn((input: { name: string }) => ({ ...summary, name: input.name }));
  // Only maps.create is exercised; the other channels must never be reached in these tests.
  const handlers = new Proxy({ 'maps.create': create } as Partial<Handlers>, {
    get: (target, key: string) => target[key as keyof Handlers] ?? (() => Promise.reject(new Error(`unexpected ${key}`))),
  }) as Handlers;
  const ipc = new FakeIpcMain();
  const log = vi.fn();
  const check = createSenderCheck(
    (id) => id === OUR_WINDOW,
    (url) => url.startsWith(APP),
  );
  const dispose = registerIpcHandlers(ipc, handlers, check, log);
  return { ipc, create, log, dispose };
}

const fromApp: InvokeEventLike = { sender: { id: OUR_WINDOW }, senderFrame: { url: APP, parent: null } };

describe('IPC from the renderer', () => {
  it('registers exactly one handler per contract channel, and removes them again', () => {
    const { ipc, dispose } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('runs a call from our own window and returns the Result', async () => {
    const { ipc, create } = setup();
    await expect(ipc.call('maps.create', fromApp, { name: 'Lindenhof' })).resolves.toEqual({
      ok: true,
      value: { ...summary, name: 'Lindenhof' },
    });
    expect(create).toHaveBeenCalledWith({ name: 'Lindenhof' }, { origin: 'ipc' });
  });

  it('validates the input before the handler sees it', async () => {
    const { ipc, create } = setup();
    const result = (await ipc.call('maps.create', fromApp, { name: 42 })) as { ok: boolean; error: { code: string; details: string[] } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.details.join(' ')).toContain('name');
    expect(create).not.toHaveBeenCalled();
  });

  it.each<[string, InvokeEventLike]>([
    ['another WebContents', { sender: { id: 99 }, senderFrame: { url: APP, parent: null } }],
    ['an iframe inside our window', { sender: { id: OUR_WINDOW }, senderFrame: { url: APP, parent: {} } }],
    ['our window after navigating to a website', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'https://example.com/', parent: null } }],
    ['a frame that is already gone', { sender: { id: OUR_WINDOW }, senderFrame: null }],
  ])('refuses a call from %s, logs it and never runs the handler', async (_label, event) => {
    const { ipc, create, log } = setup();
    const result = (await ipc.call('maps.create', event, { name: 'Lindenhof' })) as { ok: boolean; error: { code: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(create).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });
});
