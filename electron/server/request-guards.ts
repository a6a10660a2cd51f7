import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh per-launch secret: 32 random bytes, base64url (43 characters). */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares a presented token with the expected one in constant time. Both sides are hashed first,
 * so the comparison takes the same time whatever the presented length.
 */
export function tokensMatch(presented: string | undefined, expected: string): boolean {
  if (presented === undefined || presented.length === 0 || expected.length === 0) return false;
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/**
 * DNS-rebinding defence: the Host header must name the loopback address we listen on, with our port.
 * A page on evil.example that rebinds its name to 127.0.0.1 still sends `Host: evil.example:PORT`.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A request may carry no Origin (same-origin GET, curl); if it has one, it must be ours exactly. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Reads a single header value; repeated headers count as absent (they are never legitimate here). */
export function singleHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

/** How many Host headers a request carried (Node's `req.headers.host` shows only the first). */
export function hostHeaderCount(rawHeaders: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]?.toLowerCase() === 'host') n++;
  return n;
}

/** Whether a Content-Type is JSON (`application/json`, any parameters such as a charset). */
export function isJsonContentType(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
