import type { ServerResponse } from 'node:http';
import type { Result } from '../../shared/result';
import { NO_STORE, SECURITY_HEADERS } from './security-headers';

/** Writes the security headers that every response carries. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** Sends a JSON body (a Result, or an error Result for refused requests) with no-store caching. */
export function sendJson(res: ServerResponse, status: number, body: Result<unknown>, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  applySecurityHeaders(res);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': NO_STORE,
    ...extra,
  });
  res.end(text);
}

/** Sends a short plain-text answer (used for static-file errors, where the client is a browser). */
export function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  applySecurityHeaders(res);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': NO_STORE,
    ...extra,
  });
  res.end(text);
}
