import type { Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../server/security-headers';

/**
 * The webPreferences of every Wijkweb window: the renderer is an ordinary sandboxed web page that
 * reaches main only through the preload's `window.wijkweb`.
 */
export const secureWebPreferences = (preload: string): WebPreferences => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  safeDialogs: true,
  navigateOnDragDrop: false,
});

/**
 * The CSP for app content. In development the Vite dev server needs an inline preamble script and
 * a websocket for hot reload, so only then are those two allowed (for the dev server's origin only).
 */
export function contentSecurityPolicy(devUrl?: string): string {
  if (devUrl === undefined) return CONTENT_SECURITY_POLICY;
  const origin = new URL(devUrl).origin;
  const ws = origin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`,
  );
}

/**
 * Tells whether `candidate` is our own app page: for the app:// app any page of its host, for a
 * file:// page the same file (any query or hash), for the dev server the same origin.
 */
export function isAppUrl(candidate: string, appUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(candidate);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  // URL.origin is "null" for custom schemes, so compare scheme and host.
  if (app.protocol === 'app:') return target.protocol === 'app:' && target.host === app.host;
  if (app.protocol === 'file:') return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname;
  return target.origin === app.origin;
}

/** A preventable Electron event, as much of it as the guards use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of a WebContents that hardening touches, so tests can pass a small fake. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent & { readonly url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/** The part of a Session that hardening touches. */
export interface HardenableSession {
  setPermissionRequestHandler(handler: ((contents: WebContents, permission: string, callback: (granted: boolean) => void) => void) | null): void;
  setPermissionCheckHandler(handler: ((contents: WebContents | null, permission: string) => boolean) | null): void;
  setDevicePermissionHandler?(handler: (() => boolean) | null): void;
  readonly webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
}

/** Reports a blocked attempt (navigation, popup); defaults to a warning on stderr. */
export type SecurityLog = (message: string) => void;

const defaultLog: SecurityLog = (message) => console.warn(`[wijkweb] ${message}`);

/**
 * Blocks everything a page could use to leave the app: navigation and redirects to anything but
 * our own page, new windows (window.open, target=_blank), and <webview> tags.
 */
export function hardenWebContents(contents: HardenableContents, appUrl: string, log: SecurityLog = defaultLog): void {
  const guard = (event: PreventableEvent, url: string): void => {
    if (isAppUrl(url, appUrl)) return;
    event.preventDefault();
    log(`Navigatie geblokkeerd naar ${url}`);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Webview geblokkeerd');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`Nieuw venster geblokkeerd voor ${url}`);
    return { action: 'deny' };
  });
}

/**
 * Denies every permission (camera, microphone, notifications, geolocation, devices …) and adds the
 * CSP header to every response the session loads.
 */
export function hardenSession(session: HardenableSession, csp: string = CONTENT_SECURITY_POLICY): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [csp],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

/** The in-memory session of the hidden print window (electron-pdf.ts). */
export const PRINT_PARTITION = 'wijkweb-afdruk';

/** Where Electron's sessions come from (the `session` module; a fake in tests). */
export interface SessionSource {
  readonly defaultSession: HardenableSession;
  fromPartition(partition: string): HardenableSession;
}

/** Hardens every session Wijkweb shows pages in: the app's and the print window's, with the same permission and CSP handlers. */
export function hardenAllSessions(sessions: SessionSource, csp: string = CONTENT_SECURITY_POLICY): void {
  hardenSession(sessions.defaultSession, csp);
  hardenSession(sessions.fromPartition(PRINT_PARTITION), csp);
}
