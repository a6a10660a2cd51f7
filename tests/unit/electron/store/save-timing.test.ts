import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MapStore } from '../../../../electron/store/map-store';
import { addActor, filesIn, mapPath, readJson, useDataDir } from './store-fixtures';

/** Number of actors in the map file on disk. */
function actorsOnDisk(dir: string, id: string): number {
  const doc = readJson(mapPath(dir, id)) as { actors: unknown[] };
  return doc.actors.length;
}

describe('MapStore: when edits reach the disk', () => {
  const data = useDataDir();
  beforeEach(() => {
    // Only timers are faked: the clock stays real (conf's write path reads Date.now()).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves a burst of edits in one write, 200 ms after the first unsaved one', () => {
    const store = data.open({ saveDelayMs: undefined }); // the default delay
    const { id } = store.create('Lindenhof');
    store.flush();
    const backups = `${data.dir()}/backups/${id}`;
    expect(actorsOnDisk(data.dir(), id)).toBe(0);

    for (let i = 1; i <= 4; i++) {
      store.apply(id, addActor(`a${i}`));
      vi.advanceTimersByTime(49);
    }
    expect(actorsOnDisk(data.dir(), id)).toBe(0); // 196 ms after the first edit
    vi.advanceTimersByTime(4); // 200 ms after the first edit
    expect(actorsOnDisk(data.dir(), id)).toBe(4);
    // Every write first copies the previous file into backups/: one copy means one write.
    expect(filesIn(backups)).toHaveLength(1);
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  it('keeps saving while the user never pauses: no edit waits more than 200 ms for the disk', () => {
    const store = data.open({ saveDelayMs: undefined });
    const { id } = store.create('Lindenhof');
    store.flush();
    // An edit every 10 ms for 2 s: a debounce that restarts on each edit would never write.
    for (let i = 1; i <= 200; i++) {
      store.apply(id, addActor(`a${i}`)); // edit i is made at (i − 1) × 10 ms
      vi.advanceTimersByTime(10); // now i × 10 ms: edits 1 … i − 19 are 200 ms old or older
      expect(actorsOnDisk(data.dir(), id)).toBeGreaterThanOrEqual(i - 19);
    }
    expect(actorsOnDisk(data.dir(), id)).toBeGreaterThanOrEqual(181);
    vi.advanceTimersByTime(200);
    expect(actorsOnDisk(data.dir(), id)).toBe(200);
  });

  it('writes pending edits at once on flush', () => {
    const store = data.open({ saveDelayMs: 250 });
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    expect(actorsOnDisk(data.dir(), id)).toBe(0); // a new map is on disk at once; the edit is pending
    expect(store.hasUnsavedChanges()).toBe(true);
    store.flush();
    expect(actorsOnDisk(data.dir(), id)).toBe(1);
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  it('writes pending edits on close and leaves no timer running', () => {
    const store = data.open({ saveDelayMs: 250 });
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    store.close();
    expect(actorsOnDisk(data.dir(), id)).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refuses a save delay longer than 250 ms', () => {
    expect(() => MapStore.open({ dataDir: data.dir(), saveDelayMs: 251 })).toThrow(RangeError);
  });
});
