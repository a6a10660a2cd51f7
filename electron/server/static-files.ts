import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { applySecurityHeaders, sendText } from './respond';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The Content-Type for a file name; unknown extensions are served as opaque bytes. */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request path (without query) to a file or folder inside `root`, or null when the path is malformed
 * or tries to leave the folder (`..` segments, encoded slashes, backslashes, NUL bytes).
 */
export function resolveStaticPath(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const base = resolve(root);
  const full = resolve(base, decoded.replace(/^\/+/, ''));
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

/** Serves a GET or HEAD for a static file under `root` (a folder serves its index.html): 403 for escapes, 404 for missing files. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, requestPath: string): Promise<void> {
  const candidate = resolveStaticPath(root, requestPath);
  if (candidate === null) {
    sendText(res, 403, 'Dit adres is niet toegestaan.');
    return;
  }
  let file = candidate;
  try {
    const info = await stat(file);
    if (info.isDirectory()) file = join(file, 'index.html');
    // Follow symlinks only when they stay inside the folder.
    const [realFile, realRoot] = await Promise.all([realpath(file), realpath(root)]);
    if (!realFile.startsWith(realRoot + sep)) {
      sendText(res, 403, 'Dit adres is niet toegestaan.');
      return;
    }
    const fileInfo = await stat(realFile);
    if (!fileInfo.isFile()) throw new Error('geen bestand');
    applySecurityHeaders(res);
    res.writeHead(200, {
      'Content-Type': contentTypeFor(realFile),
      'Content-Length': fileInfo.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(realFile);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  } catch {
    if (requestPath === '/favicon.ico') {
      // Browsers ask for it on every load; without an icon in the build, answer "nothing" quietly.
      applySecurityHeaders(res);
      res.writeHead(204, { 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    sendText(res, 404, 'Niet gevonden.');
  }
}
