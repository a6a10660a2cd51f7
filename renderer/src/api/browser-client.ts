import { buildApi, type Invoke, type Subscribe, type WijkwebApi } from '../../../shared/ipc/api';
import { EVENTS, type EventName } from '../../../shared/ipc/channels';
import { ERROR_CODES, type AppError, type Result } from '../../../shared/result';

/** The message shown when the local server cannot be reached. */
export const UNREACHABLE_MESSAGE = 'Wijkweb is niet bereikbaar: is het venster met npm run web gestopt?';

/** A server-sent-events source, as much as the client uses (the browser's EventSource fits). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { readonly data?: unknown }) => void): void;
  close(): void;
}

/** What the browser client needs from its surroundings, passed in so tests can use fakes. */
export interface BrowserClientOptions {
  /** The per-launch token, or null when the page was opened without one. */
  readonly token: string | null;
  /** Base address of the bridge, e.g. `http://127.0.0.1:41234/`; defaults to the page's own origin. */
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly createEventSource: (url: string) => EventSourceLike;
}

const isErrorCode = (value: unknown): value is AppError['code'] =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/** Accepts a parsed body only if it has the shape of a Result (the bridge answers with nothing else). */
export function asResult(body: unknown): Result<unknown> | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  if (b.ok === true && 'value' in b) return { ok: true, value: b.value };
  if (b.ok === false && typeof b.error === 'object' && b.error !== null) {
    const e = b.error as Record<string, unknown>;
    if (isErrorCode(e.code) && typeof e.message === 'string') {
      const details = Array.isArray(e.details) ? e.details.filter((d): d is string => typeof d === 'string') : undefined;
      return { ok: false, error: details ? { code: e.code, message: e.message, details } : { code: e.code, message: e.message } };
    }
  }
  return null;
}

const failure = (code: AppError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

/** The invoke transport: POST /rpc/<channel> with the token header; every failure becomes a Result. */
export function createHttpInvoke(options: BrowserClientOptions): Invoke {
  return async (channel, input) => {
    let response: Response;
    try {
      response = await options.fetch(new URL(`rpc/${channel}`, options.baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Wijkweb-Token': options.token ?? '' },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      return failure('io-error', UNREACHABLE_MESSAGE);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure('io-error', UNREACHABLE_MESSAGE);
    }
    return asResult(body) ?? failure('internal', `Wijkweb gaf een onverwacht antwoord (HTTP ${response.status}).`);
  };
}

/**
 * The event transport: one shared EventSource to /events, opened on the first subscription and
 * closed when the last listener unsubscribes. The browser reconnects it by itself.
 */
export function createEventSubscribe(options: BrowserClientOptions): Subscribe {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSourceLike | null = null;

  const open = (): EventSourceLike => {
    const url = new URL('events', options.baseUrl);
    url.searchParams.set('token', options.token ?? '');
    const created = options.createEventSource(url.href);
    for (const name of EVENTS) {
      created.addEventListener(name, (event) => {
        let payload: unknown;
        try {
          payload = typeof event.data === 'string' ? JSON.parse(event.data) : null;
        } catch {
          return;
        }
        for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
      });
    }
    return created;
  };

  return (event, listener) => {
    if (!(EVENTS as readonly string[]).includes(event)) return () => undefined;
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    // A fresh function per subscription, so subscribing the same listener twice needs two unsubscribes.
    const entry = (payload: unknown): void => (listener as (payload: unknown) => void)(payload);
    set.add(entry);
    source ??= open();
    return () => {
      set.delete(entry);
      const remaining = [...listeners.values()].reduce((n, s) => n + s.size, 0);
      if (remaining === 0 && source !== null) {
        source.close();
        source = null;
      }
    };
  };
}

/** Builds `WijkwebApi` for browser mode (`npm run web`), talking to the HTTP bridge. */
export function createBrowserApi(options: BrowserClientOptions): WijkwebApi {
  return buildApi(createHttpInvoke(options), createEventSubscribe(options));
}
