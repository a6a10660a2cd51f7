// @vitest-environment node
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  hardenSession,
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
