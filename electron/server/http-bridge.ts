import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isChannel } from '../../shared/ipc/channels';
import { dispatch, type Handlers } from '../../shared/ipc/dispatch';
import { err } from '../../shared/result';
import { createEventHub, type BridgeEvent } from './event-stream';
import { readJsonBody } from './read-body';
import { hostHeaderCount, isAllowedHost, isAllowedOrigin, isJsonContentType, singleHeader, tokensMatch } from './request-guards';
import { sendJson, sendText } from './respond';
import { serveStatic } from './static-files';

/** The header that carries the per-launch token on every API call. */
export const TOKEN_HEADER = 'x-wijkweb-token';

/** What the bridge needs: the handler table, the built renderer, where to listen, and the secret. */
export interface BridgeOptions {
  readonly handlers: Handlers;
  /** Folder with the built renderer (out/renderer); served read-only for GET and HEAD. */
  readonly staticDir: string;
  /** 0 picks any free port. */
  readonly port: number;
  /** Loopback only: the bridge is never reachable from the network. */
  readonly host: '127.0.0.1';
  readonly token: string;
  /** Called with errors a handler threw unexpectedly (the caller answers with an 'internal' Result). */
  readonly onInternalError?: (error: unknown) => void;
}

/** A running bridge. */
export interface Bridge {
  /** Base address, e.g. `http://127.0.0.1:41234/` (without the token). */
  readonly url: string;
  readonly port: number;
  /** Pushes a store event to every connected browser window. */
  broadcast(event: BridgeEvent): void;
  /** Ends all event streams and open connections and stops listening. */
  close(): Promise<void>;
  /** The underlying server, for address checks in tests. */
  readonly server: Server;
}

const MESSAGES = {
  badHost: 'Geweigerd: Wijkweb beantwoordt alleen aanvragen voor 127.0.0.1 of localhost op deze poort.',
  badOrigin: 'Geweigerd: deze aanvraag komt van een andere website dan Wijkweb.',
  duplicateHost: 'Geweigerd: de aanvraag heeft meer dan één Host-kop.',
  notJson: 'Geweigerd: Wijkweb neemt alleen JSON aan (Content-Type: application/json).',
  badToken: 'Geen toegang: de sleutel ontbreekt of klopt niet. Open Wijkweb via de link die bij het starten is getoond.',
  tooLarge: 'De aanvraag is te groot (meer dan 20 MB).',
  invalidJson: 'De aanvraag is geen geldige JSON.',
  notFound: 'Dit adres bestaat niet in Wijkweb.',
  method: 'Deze methode is hier niet toegestaan.',
  internal: 'Er ging iets mis in Wijkweb. Probeer het opnieuw.',
} as const;

/** Starts the HTTP bridge on 127.0.0.1: the contract's handlers as `POST /rpc/<channel>`, events at `/events`, the UI as static files. */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const { handlers, staticDir, token } = options;
  const onInternalError = options.onInternalError ?? ((error: unknown) => console.error(error));
  const hub = createEventHub();
  let port = options.port;

  const rpc = async (req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> => {
    if (req.method !== 'POST') {
      sendJson(res, 405, err('invalid-input', MESSAGES.method), { Allow: 'POST' });
      return;
    }
    if (!tokensMatch(singleHeader(req.headers[TOKEN_HEADER]), token)) {
      sendJson(res, 401, err('unauthorized', MESSAGES.badToken));
      return;
    }
    if (!isChannel(channel)) {
      sendJson(res, 404, err('not-found', `Onbekend kanaal "${channel.slice(0, 100)}".`));
      return;
    }
    if (!isJsonContentType(singleHeader(req.headers['content-type']))) {
      req.resume();
      sendJson(res, 415, err('invalid-input', MESSAGES.notJson));
      return;
    }
    const body = await readJsonBody(req);
    if (!body.ok) {
      if (body.reason === 'too-large') sendJson(res, 413, err('invalid-input', MESSAGES.tooLarge), { Connection: 'close' });
      else if (body.reason === 'invalid-json') sendJson(res, 400, err('invalid-input', MESSAGES.invalidJson, body.detail ? [body.detail] : undefined));
      else res.destroy();
      return;
    }
    const result = await dispatch(handlers, channel, body.value, { origin: 'http' }, onInternalError);
    sendJson(res, 200, result);
  };

  const events = (req: IncomingMessage, res: ServerResponse, query: string): void => {
    if (req.method !== 'GET') {
      sendJson(res, 405, err('invalid-input', MESSAGES.method), { Allow: 'GET' });
      return;
    }
    const presented = new URLSearchParams(query).get('token') ?? undefined;
    if (!tokensMatch(presented, token)) {
      sendJson(res, 401, err('unauthorized', MESSAGES.badToken));
      return;
    }
    hub.add(res);
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Only POST /rpc reads a body; any other request's body (a GET or DELETE may carry one) is
    // drained, so the next request on the same keep-alive connection starts where it should.
    if (req.method !== 'POST' || !(req.url ?? '').startsWith('/rpc/')) req.resume();
    // Node keeps only the first of repeated Host headers; a second one is never legitimate.
    if (hostHeaderCount(req.rawHeaders) > 1) {
      sendJson(res, 400, err('unauthorized', MESSAGES.duplicateHost), { Connection: 'close' });
      return;
    }
    if (!isAllowedHost(singleHeader(req.headers.host), port)) {
      sendJson(res, 403, err('unauthorized', MESSAGES.badHost));
      return;
    }
    if (!isAllowedOrigin(singleHeader(req.headers.origin), port)) {
      sendJson(res, 403, err('unauthorized', MESSAGES.badOrigin));
      return;
    }
    const raw = req.url ?? '/';
    const queryAt = raw.indexOf('?');
    const pathname = queryAt === -1 ? raw : raw.slice(0, queryAt);
    const query = queryAt === -1 ? '' : raw.slice(queryAt + 1);
    if (pathname.startsWith('/rpc/')) {
      await rpc(req, res, pathname.slice('/rpc/'.length));
    } else if (pathname === '/events') {
      events(req, res, query);
    } else if (pathname === '/rpc') {
      sendJson(res, 404, err('not-found', MESSAGES.notFound));
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      await serveStatic(req, res, staticDir, pathname);
    } else {
      sendText(res, 405, MESSAGES.method, { Allow: 'GET, HEAD' });
    }
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      onInternalError(error);
      if (!res.headersSent) sendJson(res, 500, err('internal', MESSAGES.internal));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen({ port: options.port, host: options.host }, () => {
      server.off('error', onError);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  server.on('error', onInternalError);

  return {
    url: `http://${options.host}:${port}/`,
    port,
    server,
    broadcast: (event) => hub.broadcast(event),
    close: () =>
      new Promise<void>((resolve) => {
        hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
