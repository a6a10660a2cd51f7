import { request, type IncomingHttpHeaders } from 'node:http';

/** A raw HTTP answer: status, headers and body text. */
export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What to send; `path` goes on the wire verbatim (no URL normalisation, unlike fetch). */
export interface RawRequest {
  readonly port: number;
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/**
 * Sends one request with full control over Host, Origin and the path, as an attacker's client
 * could; fetch would normalise `/../` away and refuse to set Host or Origin.
 */
export function rawRequest({ port, method = 'GET', path, headers = {}, body }: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, Connection: 'close', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Opens the event stream and resolves with the text received once `until` appears in it. */
export function readEvents(port: number, token: string, until: string, onOpen: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: `/events?token=${encodeURIComponent(token)}`, headers: { Host: `127.0.0.1:${port}` } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text === '') onOpen();
          text += chunk;
          if (text.includes(until)) {
            req.destroy();
            resolve(text);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.end();
  });
}
