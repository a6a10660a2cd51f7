import { emptyHistory, type History } from '../../shared/commands/history';

/** The client of callers that send no client id (the CLI, scripts): they share one history. */
export const SHARED_CLIENT = '';
/** How many clients' histories one map keeps; the one used least recently goes first. */
export const MAX_CLIENTS = 32;

/**
 * The undo/redo histories of one map, one per client (a window, a browser tab): Ctrl+Z in one
 * window undoes that window's own newest edit, never another window's. The same shape a per-author
 * undo over Yjs will need for team maps. In memory only.
 */
export class ClientHistories {
  readonly #byClient = new Map<string, History>();

  /** The history of one client (empty when it has made no edit yet). */
  get(clientId: string): History {
    return this.#byClient.get(clientId) ?? emptyHistory;
  }

  /** Replaces the history of one client; drops the least recently used client beyond MAX_CLIENTS. */
  set(clientId: string, history: History): void {
    this.#byClient.delete(clientId);
    this.#byClient.set(clientId, history);
    for (const oldest of this.#byClient.keys()) {
      if (this.#byClient.size <= MAX_CLIENTS) break;
      this.#byClient.delete(oldest);
    }
  }

  /** Forgets every client's history (after "Verwijder persoon": the steps held the person). */
  clear(): void {
    this.#byClient.clear();
  }
}
