import type { WijkwebApi } from '../../../shared/ipc/api';
import { createBrowserApi } from './browser-client';
import { takeToken } from './token';

/** The API type, re-exported so UI code imports everything API-related from here. */
export type { WijkwebApi } from '../../../shared/ipc/api';

let browserApi: WijkwebApi | null = null;

/**
 * The API of this window: the preload's `window.wijkweb` in Electron, otherwise (browser mode) a
 * client for the local HTTP bridge. The browser client is made once, on first use.
 */
export function getApi(): WijkwebApi {
  if (window.wijkweb !== undefined) return window.wijkweb;
  browserApi ??= createBrowserApi({
    token: takeToken(window),
    baseUrl: new URL('/', window.location.href).href,
    fetch: window.fetch.bind(window),
    createEventSource: (url) => new EventSource(url),
  });
  return browserApi;
}

/** True when running inside the Electron app (false in browser mode). */
export function isElectron(): boolean {
  return window.wijkweb !== undefined;
}
