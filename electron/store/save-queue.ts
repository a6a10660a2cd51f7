/** Waits between retries of a failed save: 1 s, 2 s, 4 s, 8 s, 16 s, then every 30 s. */
export const RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

/** The delay before retry number `failures` (1-based), capped at the last entry of `delays`. */
export function retryDelay(failures: number, delays: readonly number[] = RETRY_DELAYS_MS): number {
  return delays[Math.min(failures, delays.length) - 1] ?? 30_000;
}

/** How the queue reports on saves. */
export interface SaveQueueOptions {
  /**
   * A save runs this long after the first unsaved change of its key. Later changes ride along and
   * do not push it back, so edits reach the disk in time even while the user never pauses.
   */
  readonly delayMs: number;
  /** A save threw; `failures` counts the failed attempts in a row (1 on the first). */
  readonly onFailed: (key: string, error: unknown, failures: number, retryInMs: number) => void;
  /** A save succeeded after one or more failures. */
  readonly onRecovered: (key: string) => void;
  /** A save reached the disk (called after every successful write). */
  readonly onSaved?: (key: string) => void;
  readonly retryDelaysMs?: readonly number[];
}

type Timer = ReturnType<typeof setTimeout>;

interface Entry {
  write: () => void;
  timer: Timer | undefined;
  failures: number;
}

/**
 * Batched saves, one pending save per key (a map, the index). A save is a function that writes
 * the newest in-memory state, so however many edits are scheduled, one write carries them all.
 * A failed save stays pending and is retried with backoff; new edits meanwhile wait for that retry.
 */
export class SaveQueue {
  readonly #options: SaveQueueOptions;
  readonly #entries = new Map<string, Entry>();
  #closed = false;

  constructor(options: SaveQueueOptions) {
    this.#options = options;
  }

  /**
   * Asks for `write` to run `delayMs` after the first still-unsaved call for this key (or at the
   * pending retry). A later call only replaces what will be written, never when.
   */
  schedule(key: string, write: () => void): void {
    const existing = this.#entries.get(key);
    const entry: Entry = existing ?? { write, timer: undefined, failures: 0 };
    entry.write = write;
    this.#entries.set(key, entry);
    if (this.#closed || entry.failures > 0 || entry.timer !== undefined) return;
    entry.timer = setTimeout(() => this.#run(key), this.#options.delayMs);
  }

  /** Runs the pending saves whose key passes `filter` now, synchronously. Never throws. */
  flush(filter: (key: string) => boolean = () => true): void {
    for (const key of [...this.#entries.keys()]) if (filter(key)) this.#run(key);
  }

  /** Whether a save for this key (or, without a key, any save) has not reached the disk yet. */
  isPending(key?: string): boolean {
    return key === undefined ? this.#entries.size > 0 : this.#entries.has(key);
  }

  /** Whether the last attempt for this key failed. */
  isFailing(key: string): boolean {
    return (this.#entries.get(key)?.failures ?? 0) > 0;
  }

  /** Forgets a pending save (its document was deleted). */
  cancel(key: string): void {
    const entry = this.#entries.get(key);
    if (entry?.timer !== undefined) clearTimeout(entry.timer);
    this.#entries.delete(key);
  }

  /** Stops all timers; pending saves stay pending (call `flush` first). */
  close(): void {
    this.#closed = true;
    for (const entry of this.#entries.values()) {
      if (entry.timer !== undefined) clearTimeout(entry.timer);
      entry.timer = undefined;
    }
  }

  #run(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
    try {
      entry.write();
    } catch (error) {
      entry.failures += 1;
      const wait = retryDelay(entry.failures, this.#options.retryDelaysMs);
      if (!this.#closed) entry.timer = setTimeout(() => this.#run(key), wait);
      this.#options.onFailed(key, error, entry.failures, wait);
      return;
    }
    this.#entries.delete(key);
    if (entry.failures > 0) this.#options.onRecovered(key);
    this.#options.onSaved?.(key);
  }
}
