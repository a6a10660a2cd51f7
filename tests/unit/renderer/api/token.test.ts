// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { takeToken, TOKEN_STORAGE_KEY, type TokenEnvironment } from '../../../../renderer/src/api/token';

function environment(href: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const env: TokenEnvironment = {
    location: { href },
    history: { state: null, replaceState: (_data, _unused, url) => replaced.push(String(url)) },
    sessionStorage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => storage.set(key, value) },
  };
  return { env, storage, replaced };
}

describe('token hand-off in browser mode', () => {
  it('takes the token from the printed address, keeps it for reloads and hides it from the address bar', () => {
    const { env, storage, replaced } = environment('http://127.0.0.1:4000/?token=abc123&taal=nl#/kaart');
    expect(takeToken(env)).toBe('abc123');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(replaced).toEqual(['/?taal=nl#/kaart']);
  });

  it('keeps working after a reload, when the address no longer has the token', () => {
    const { env, replaced } = environment('http://127.0.0.1:4000/', { [TOKEN_STORAGE_KEY]: 'abc123' });
    expect(takeToken(env)).toBe('abc123');
    expect(replaced).toEqual([]);
  });

  it('has no token when opened without one', () => {
    expect(takeToken(environment('http://127.0.0.1:4000/').env)).toBeNull();
  });
});
