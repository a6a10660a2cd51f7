import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addActor, eventLog, mapPath, useDataDir } from './store-fixtures';

describe('MapStore: the status line learns whether a map is saved', () => {
  const data = useDataDir();
  afterEach(() => {
    vi.useRealTimers();
  });

  const saveStates = (events: readonly { name: string; payload: unknown }[], id: string) =>
    events.flatMap((e) => (e.name === 'map.saveState' && (e.payload as { id: string }).id === id ? [(e.payload as { state: string }).state] : []));

  it('says "saving" right after an edit and "saved" once it is on disk', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const log = eventLog();
    const store = data.open({ saveDelayMs: 200, onEvent: log.onEvent });
    const { id } = store.create('Lindenhof');
    expect(store.open(id).save).toBe('saved');
    log.events.length = 0;
    expect(store.apply(id, addActor('a1')).save).toBe('saving');
    vi.advanceTimersByTime(200);
    expect(saveStates(log.events, id)).toEqual(['saving', 'saved']);
    expect(store.open(id).save).toBe('saved');
  });

  it('says "failing" while the disk refuses the write, and "saved" once it succeeds', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const log = eventLog();
    const store = data.open({ saveDelayMs: 200, onEvent: log.onEvent });
    const { id } = store.create('Lindenhof');
    const file = mapPath(data.dir(), id);
    fs.rmSync(file);
    fs.mkdirSync(file); // a folder where the map file must go: the write fails
    log.events.length = 0;
    store.apply(id, addActor('a1'));
    vi.advanceTimersByTime(200);
    expect(store.open(id).save).toBe('failing');
    expect(saveStates(log.events, id)).toEqual(['saving', 'failing']);
    store.apply(id, addActor('a2'));
    expect(store.open(id).save).toBe('failing');
    fs.rmdirSync(file);
    vi.advanceTimersByTime(1_000);
    expect(saveStates(log.events, id).at(-1)).toBe('saved');
    expect(store.open(id).save).toBe('saved');
  });
});
