import type { ServerResponse } from 'node:http';
import type { EventName } from '../../shared/ipc/channels';
import { applySecurityHeaders } from './respond';
import { NO_STORE } from './security-headers';

/** An event pushed to every browser window, the same shape the store reports. */
export interface BridgeEvent {
  readonly name: EventName;
  readonly payload: unknown;
}

/** The open server-sent-event connections, with a shared heartbeat. */
export interface EventHub {
  /** Turns a response into an event stream and keeps it until the client goes away. */
  add(res: ServerResponse): void;
  /** Sends one event to every connected client. */
  broadcast(event: BridgeEvent): void;
  /** How many clients are connected (for tests and diagnostics). */
  size(): number;
  /** Ends every stream and stops the heartbeat. */
  close(): void;
}

/** Formats one server-sent event: `event: <name>` and a single-line JSON `data:` field. */
export function formatEvent(event: BridgeEvent): string {
  return `event: ${event.name}\ndata: ${JSON.stringify(event.payload ?? null)}\n\n`;
}

/** Creates the hub; a comment line every `heartbeatMs` keeps proxies and idle timers from closing streams. */
export function createEventHub(heartbeatMs = 15_000): EventHub {
  const clients = new Set<ServerResponse>();
  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(': ping\n\n');
  }, heartbeatMs);
  heartbeat.unref();

  return {
    add(res) {
      applySecurityHeaders(res);
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': NO_STORE,
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      // Reconnect after 2 s when the stream breaks; the comment flushes the headers at once.
      res.write('retry: 2000\n: verbonden\n\n');
      clients.add(res);
      const remove = (): void => {
        clients.delete(res);
      };
      res.on('close', remove);
      res.on('error', remove);
    },
    broadcast(event) {
      const frame = formatEvent(event);
      for (const res of clients) res.write(frame);
    },
    size() {
      return clients.size;
    },
    close() {
      clearInterval(heartbeat);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
