import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addActor, eventLog, restartAfterKill, useDataDir } from './store-fixtures';

/**
 * Makes every write to a `.journal` file fail like a full disk: `room` bytes still go in (a torn
 * line), then ENOSPC. Returns a function that gives the space back.
 */
function fillDiskForJournals(room = 0): () => void {
  const journalFds = new Set<number>();
  const realOpen = fs.openSync.bind(fs);
  const realWrite = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
  let left = room;
  const open = vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, ...rest: unknown[]) => {
    const fd = (realOpen as (...args: unknown[]) => number)(file, ...rest);
    if (String(file).endsWith('.journal')) journalFds.add(fd);
    return fd;
  }) as typeof fs.openSync);
  const write = vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: Buffer, offset: number, length: number) => {
    if (!journalFds.has(fd)) return realWrite(fd, buffer, offset, length);
    if (left <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const n = Math.min(length, left);
    left -= n;
    return realWrite(fd, buffer, offset, n);
  }) as typeof fs.writeSync);
  return () => {
    open.mockRestore();
    write.mockRestore();
  };
}

describe('MapStore: an edit that cannot be made durable', () => {
  const data = useDataDir();
  beforeEach(() => {
    // Saves never run: the process "dies" before its timer fires.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('is refused with a Dutch not-saved error, and the map, its undo and its revision stay as they were', () => {
    const log = eventLog();
    const store = data.open({ saveDelayMs: 250, onEvent: log.onEvent });
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    const before = store.open(id);
    log.events.length = 0;

    const spaceBack = fillDiskForJournals();
    let thrown: unknown;
    try {
      store.apply(id, addActor('a2'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'not-saved' });
    expect((thrown as Error).message).toContain('niet uitgevoerd');
    expect((thrown as Error).message).toContain('ENOSPC: de schijf is vol');
    expect((thrown as Error).message).toContain(path.join(data.dir(), 'maps', `${id}.journal`));
    expect(() => store.undo(id)).toThrow(expect.objectContaining({ code: 'not-saved' }));
    expect(() => store.rename(id, 'Anders')).toThrow(expect.objectContaining({ code: 'not-saved' }));
    spaceBack();

    const after = store.open(id);
    expect(after.doc).toBe(before.doc);
    expect(after.revision).toBe(before.revision);
    expect(after.canUndo).toBe(true);
    expect(store.list()[0]?.name).toBe('Lindenhof');
    expect(log.events.filter((e) => e.name === 'map.changed')).toEqual([]);
    // The one undo step is still the add of a1.
    store.undo(id);
    expect(store.open(id).doc.actors).toEqual([]);
  });

  it('loses no confirmed edit when a refused edit tore a journal line and the app is killed after space returned', () => {
    const store = data.open({ saveDelayMs: 250 });
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    const spaceBack = fillDiskForJournals(25);
    expect(() => store.apply(id, addActor('a2'))).toThrow(expect.objectContaining({ code: 'not-saved' }));
    expect(() => store.apply(id, addActor('a3'))).toThrow(expect.objectContaining({ code: 'not-saved' }));
    spaceBack();
    for (const actorId of ['a4', 'a5', 'a6']) store.apply(id, addActor(actorId));

    const again = restartAfterKill(data);
    expect(again.open(id).doc.actors.map((a) => a.id)).toEqual(['a1', 'a4', 'a5', 'a6']);
    expect(again.notices()).toEqual([expect.objectContaining({ code: 'recovered-edits' })]);
  });
});
