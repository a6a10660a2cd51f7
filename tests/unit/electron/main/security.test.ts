// @vitest-environment node
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_PRIVILEGES, APP_URL, appFilePath, installAppProtocol, registerAppScheme, type ProtocolHandlers } from '../../../../electron/main/app-protocol';
import {
  contentSecurityPolicy,
  hardenAllSessions,
  hardenSession,
  PRINT_PARTITION,
  hardenWebContents,
  isAppUrl,
  secureWebPreferences,
  type HardenableContents,
  type HardenableSession,
} from '../../../../electron/main/security';

const APP = 'file:///opt/wijkweb/out/renderer/index.html';

/** A WebContents stand-in: real event emitting, plus the window-open handler captured. */
class FakeContents extends EventEmitter implements HardenableContents {
  openHandler: ((details: { readonly url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  /** Emits a preventable event the way Electron does and says whether it was prevented. */
  attempt(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true), url: typeof args[0] === 'string' ? args[0] : '' };
    this.emit(name, event, ...args);
    return prevented;
  }
}

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

function fakeSession() {
  const state: {
    request?: (contents: never, permission: string, callback: (granted: boolean) => void) => void;
    check?: (contents: null, permission: string) => boolean;
    headers?: HeadersListener;
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: typeof state.request) => (state.request = handler ?? undefined),
    setPermissionCheckHandler: (handler: typeof state.check) => (state.check = handler ?? undefined),
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (state.headers = listener) },
  };
  // The fake implements exactly the members hardenSession touches.
  return { session: session as unknown as HardenableSession, state };
}

describe('secure window settings', () => {
  it('isolates the page from Node and Electron, with sandbox and web security on', () => {
    const prefs = secureWebPreferences('/opt/wijkweb/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/opt/wijkweb/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });
});

describe('navigation and new windows', () => {
  it('blocks navigation and redirects to a website', () => {
    const contents = new FakeContents();
    const log = vi.fn();
    hardenWebContents(contents, APP, log);
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.attempt('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.attempt('will-frame-navigate', 'https://example.com/')).toBe(true);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(log).toHaveBeenCalled();
  });

  it('lets the app reload its own page', () => {
    const contents = new FakeContents();
    hardenWebContents(contents, APP, vi.fn());
    expect(contents.attempt('will-navigate', `${APP}#/kaart/1`)).toBe(false);
  });

  it('denies window.open and target=_blank links', () => {
    const contents = new FakeContents();
    hardenWebContents(contents, APP, vi.fn());
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: APP })).toEqual({ action: 'deny' });
  });

  it('refuses <webview> tags', () => {
    const contents = new FakeContents();
    hardenWebContents(contents, APP, vi.fn());
    expect(contents.attempt('will-attach-webview')).toBe(true);
  });

  it('recognises only our own page as the app', () => {
    expect(isAppUrl(`${APP}?x=1`, APP)).toBe(true);
    expect(isAppUrl('file:///opt/wijkweb/out/renderer/other.html', APP)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', APP)).toBe(false);
  });
});

describe('permissions and content security policy', () => {
  it('denies every permission request and check', () => {
    const { session, state } = fakeSession();
    hardenSession(session);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      state.request?.(undefined as never, permission, (granted) => answers.push(granted));
      answers.push(state.check?.(null, permission) ?? true);
    }
    expect(answers).toEqual(Array(8).fill(false));
  });

  it("adds a CSP with default-src 'self' and no remote scripts to every response", () => {
    const { session, state } = fakeSession();
    hardenSession(session);
    let headers: Record<string, string[]> | undefined;
    state.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => (headers = response.responseHeaders));
    const csp = headers?.['Content-Security-Policy']?.[0] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(headers?.['Content-Type']).toEqual(['text/html']);
  });

  it('relaxes the CSP only for the dev server, never in a built app', () => {
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline\'; style');
    expect(contentSecurityPolicy()).toMatch(/script-src 'self';/);
    expect(contentSecurityPolicy('http://localhost:5173/')).toContain('ws://localhost:5173');
  });
});

describe('the print window\'s session', () => {
  it('gets the same permission and CSP handlers as the app\'s session', () => {
    const app = fakeSession();
    const print = fakeSession();
    const partitions: string[] = [];
    hardenAllSessions({ defaultSession: app.session, fromPartition: (name) => (partitions.push(name), print.session) }, 'default-src \'self\'');
    expect(partitions).toEqual([PRINT_PARTITION]);
    for (const { state } of [app, print]) {
      expect(state.check?.(null, 'media')).toBe(false);
      let headers: Record<string, string[]> | undefined;
      state.headers?.({ responseHeaders: {} }, (response) => (headers = response.responseHeaders));
      expect(headers?.['Content-Security-Policy']).toEqual(["default-src 'self'"]);
    }
  });
});

describe('the app is served from app://wijkweb/, not file://', () => {
  const ROOT = '/opt/wijkweb/out/renderer';

  it('registers app: as a secure, standard scheme that cannot bypass the CSP', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false, allowServiceWorkers: false, corsEnabled: false });
    expect(APP_URL).toBe('app://wijkweb/index.html');
  });

  it('maps addresses to files inside the renderer folder only', () => {
    expect(appFilePath('app://wijkweb/', ROOT)).toBe(`${ROOT}/index.html`);
    expect(appFilePath('app://wijkweb/assets/index-abc.js?x=1#y', ROOT)).toBe(`${ROOT}/assets/index-abc.js`);
    // The URL parser clamps dot segments at the root, encoded or not: they never climb out.
    expect(appFilePath('app://wijkweb/%2e%2e/package.json', ROOT)).toBe(`${ROOT}/package.json`);
    for (const escape of ['app://wijkweb/..%2fpackage.json', 'app://wijkweb/assets/..%2f..%2fpackage.json', 'app://wijkweb/..%5cpackage.json', 'app://wijkweb/a%00.js', 'app://anders/index.html', 'file:///etc/passwd', 'geen adres']) {
      expect(appFilePath(escape, ROOT)).toBeNull();
    }
  });

  it('answers with the file and the CSP, and refuses an escape with 403', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wijkweb-app-'));
    try {
      mkdirSync(join(root, 'renderer'));
      writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Wijkweb</title>');
      writeFileSync(join(root, 'geheim.txt'), 'geheim');
      let handler: Parameters<ProtocolHandlers['handle']>[1] | null = null;
      installAppProtocol({ handle: (scheme, h) => scheme === 'app' && (handler = h) }, join(root, 'renderer'), "default-src 'self'");
      const page = await handler!({ url: 'app://wijkweb/' });
      expect([page.status, page.headers.get('content-type'), page.headers.get('content-security-policy')]).toEqual([200, 'text/html; charset=utf-8', "default-src 'self'"]);
      expect(await page.text()).toContain('<title>Wijkweb</title>');
      const escape = await handler!({ url: 'app://wijkweb/..%2fgeheim.txt' });
      expect(escape.status).toBe(403);
      expect(await escape.text()).not.toContain('geheim');
      const clamped = await handler!({ url: 'app://wijkweb/%2e%2e/geheim.txt' });
      expect([clamped.status, await clamped.text()]).toEqual([404, 'Niet gevonden.']);
      expect((await handler!({ url: 'app://wijkweb/bestaat-niet.js' })).status).toBe(404);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('recognises every page of app://wijkweb as the app, and nothing else', () => {
    expect(isAppUrl('app://wijkweb/index.html#/kaart/1', APP_URL)).toBe(true);
    expect(isAppUrl('app://anders/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('file:///opt/wijkweb/out/renderer/index.html', APP_URL)).toBe(false);
  });
});

describe('Electron fuses in the packaged app (electron-builder.yml)', () => {
  /** The `electronFuses:` block of electron-builder.yml as name → value. */
  function fuses(): Record<string, string> {
    const yml = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?: {2}\w+: \S+\n)+)/m.exec(yml)?.[1] ?? '';
    return Object.fromEntries(block.trim().split('\n').map((line) => line.trim().split(': ') as [string, string]));
  }

  it('turns off Node entry points and turns on asar integrity, asar-only loading and cookie encryption', () => {
    expect(fuses()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});
