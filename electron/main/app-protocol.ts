import { readFile, realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import { contentTypeFor, resolveStaticPath } from '../server/static-files';

/** The scheme the desktop app is served from (not file://, which gives pages extra powers). */
export const APP_SCHEME = 'app';
/** The one host under that scheme; any other host is refused. */
export const APP_HOST = 'wijkweb';
/** The app's start page. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * What the scheme may do, registered before the app is ready: a standard, secure origin (like
 * https), fetch allowed, and nothing more (no CSP bypass, no service workers, no CORS).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
  stream: false,
} as const;

/** The part of Electron's `protocol` that registers privileged schemes (a fake in tests). */
export interface SchemeRegistrar {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: typeof APP_SCHEME_PRIVILEGES }[]): void;
}

/** The part of Electron's `protocol` that answers a scheme (a fake in tests). */
export interface ProtocolHandlers {
  handle(scheme: string, handler: (request: { readonly url: string }) => Promise<Response>): void;
}

/** Registers `app:` as a privileged scheme; must run before the app's `ready` event. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/**
 * The file under `root` an app:// address names, or null when the address is not ours (other
 * scheme or host) or tries to leave the folder (`..`, encoded slashes, backslashes, NUL).
 * `app://wijkweb/` is the start page.
 */
export function appFilePath(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  const path = parsed.pathname === '/' || parsed.pathname === '' ? '/index.html' : parsed.pathname;
  return resolveStaticPath(root, path);
}

const text = (status: number, body: string, csp: string): Response =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' } });

/** Answers one app:// request from the built renderer in `root`, with the CSP on every answer. */
export async function appResponse(url: string, root: string, csp: string): Promise<Response> {
  const candidate = appFilePath(url, root);
  if (candidate === null) return text(403, 'Dit adres is niet toegestaan.', csp);
  try {
    // Follow symlinks only when they stay inside the folder.
    const [file, base] = await Promise.all([realpath(candidate), realpath(root)]);
    if (!file.startsWith(base + sep)) return text(403, 'Dit adres is niet toegestaan.', csp);
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' },
    });
  } catch {
    return text(404, 'Niet gevonden.', csp);
  }
}

/** Serves the built renderer in `root` at app://wijkweb/ (call once the app is ready). */
export function installAppProtocol(protocol: ProtocolHandlers, root: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request.url, root, csp));
}
