/** Where the browser-mode token is kept between reloads of the same tab. */
export const TOKEN_STORAGE_KEY = 'wijkweb.token';

/** The parts of `window` the token hand-off needs, passed in so tests can use fakes. */
export interface TokenEnvironment {
  readonly location: { readonly href: string };
  readonly history: { replaceState(data: unknown, unused: string, url?: string | URL | null): void; readonly state: unknown };
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Takes the token from `?token=` in the page address (as printed by `npm run web`), keeps it in
 * sessionStorage so reloads keep working, and removes it from the visible address so it does not
 * end up in screenshots or bookmarks. Returns null when there is no token anywhere.
 */
export function takeToken(environment: TokenEnvironment): string | null {
  const url = new URL(environment.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null && fromUrl !== '') {
    try {
      environment.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token then lives only in memory for this page.
    }
    url.searchParams.delete('token');
    environment.history.replaceState(environment.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  try {
    return environment.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
