import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Command } from '../../../../shared/commands/command';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import type { Actor } from '../../../../shared/domain/map-document';
import { LOCK_NAME } from '../../../../electron/store/data-lock';
import { createHandlers } from '../../../../electron/store/handlers';
import { MapStore, type MapStoreOptions, type StoreEvent } from '../../../../electron/store/map-store';
import { openConfPrefs } from '../../../../electron/store/prefs-store';
import { dispatch } from '../../../../shared/ipc/dispatch';

/** A fresh data folder per test, removed afterwards; also closes every store the test opened. */
export function useDataDir(): { dir: () => string; open: (options?: Partial<MapStoreOptions>) => MapStore } {
  let dir = '';
  const opened: MapStore[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkweb-store-'));
  });
  afterEach(() => {
    for (const store of opened.splice(0)) {
      try {
        store.close();
      } catch {
        // Already closed by the test.
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir: () => dir,
    open: (options = {}) => {
      const store = MapStore.open({ dataDir: dir, saveDelayMs: 5, ...options });
      opened.push(store);
      return store;
    },
  };
}

/** Collects the events a store sends. */
export function eventLog(): { events: StoreEvent[]; onEvent: (event: StoreEvent) => void } {
  const events: StoreEvent[] = [];
  return { events, onEvent: (event) => events.push(event) };
}

/** A clock that moves one second further on every call (so backups get distinct names). */
export function tickingClock(start = Date.UTC(2026, 2, 1, 9, 0, 0)): () => Date {
  let t = start;
  return () => {
    t += 1000;
    return new Date(t);
  };
}

/** An actor with a readable id and name. */
export function actor(id: string, fields: Partial<Actor> = {}): Actor {
  return createActor({ id, name: `Actor ${id}`, ...fields });
}

/** A command that adds an actor. */
export function addActor(id: string, fields: Partial<Actor> = {}): Command {
  return { type: 'actor.add', actor: actor(id, fields) };
}

/** A command that adds a relation. */
export function addRelation(id: string, from: string, to: string): Command {
  return { type: 'relation.add', relation: createRelation({ id, from, to }) };
}

/** The path of a map file in a data folder. */
export function mapPath(dir: string, id: string): string {
  return path.join(dir, 'maps', `${id}.json`);
}

/** Reads a JSON file. */
export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The file names in a folder, sorted; empty when the folder does not exist. */
export function filesIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** Sets a file's modification time far in the past (so the list of maps is trusted for it). */
export function makeOld(file: string): void {
  const past = new Date(Date.UTC(2000, 0, 1));
  fs.utimesSync(file, past, past);
}

/**
 * Calls contract channels on a store the way the bridge does (input validated by the contract);
 * resolves with the value, rejects with an Error carrying the result's `code`.
 */
export function storeCaller(store: MapStore, dataDir: string): <T = unknown>(channel: string, input: unknown) => Promise<T> {
  const handlers = createHandlers({ store, prefs: openConfPrefs(dataDir), info: { version: '0', mode: 'browser', dataDir } });
  return async <T,>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, channel, input, { origin: 'http' });
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as T;
  };
}

/** What a kill leaves: the files as they are, and a lock of a process that is gone; opens the folder again. */
export function restartAfterKill(data: ReturnType<typeof useDataDir>, options: Partial<MapStoreOptions> = { saveDelayMs: 250 }): MapStore {
  fs.rmSync(path.join(data.dir(), LOCK_NAME));
  return data.open(options);
}
