import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfPrefs } from '../../../../electron/store/prefs-store';
import type { Prefs } from '../../../../shared/ipc/contract';

describe('openConfPrefs: preferences in prefs.json', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkweb-prefs-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const prefsFile = (): string => path.join(dir, 'prefs.json');

  it('starts in Dutch without writing anything', () => {
    expect(openConfPrefs(dir).get()).toEqual({ language: 'nl' });
    expect(fs.existsSync(prefsFile())).toBe(false);
  });

  it('remembers a changed language after a restart', () => {
    expect(openConfPrefs(dir).set({ language: 'en' })).toEqual({ language: 'en' });
    expect(openConfPrefs(dir).get()).toEqual({ language: 'en' });
    expect(JSON.parse(fs.readFileSync(prefsFile(), 'utf8'))).toEqual({ language: 'en' });
  });

  it('uses the defaults for an invalid file and moves it aside instead of overwriting it', () => {
    for (const bad of ['{"language": "fr"}', '{niet af', '[]']) {
      fs.writeFileSync(prefsFile(), bad);
      const prefs = openConfPrefs(dir);
      expect(prefs.get()).toEqual({ language: 'nl' });
      expect(fs.existsSync(prefsFile())).toBe(false);
      prefs.set({ language: 'en' });
      expect(JSON.parse(fs.readFileSync(prefsFile(), 'utf8'))).toEqual({ language: 'en' });
    }
    const moved = fs.readdirSync(path.join(dir, 'beschadigd')).map((name) => fs.readFileSync(path.join(dir, 'beschadigd', name), 'utf8'));
    expect(moved.sort()).toEqual(['[]', '{"language": "fr"}', '{niet af'].sort());
  });

  it('keeps settings of a newer Wijkweb that it does not know', () => {
    fs.writeFileSync(prefsFile(), JSON.stringify({ language: 'nl', theme: 'donker' }));
    openConfPrefs(dir).set({ language: 'en' });
    expect(JSON.parse(fs.readFileSync(prefsFile(), 'utf8'))).toEqual({ language: 'en', theme: 'donker' });
  });

  it('refuses an unknown language and changes nothing', () => {
    const prefs = openConfPrefs(dir);
    expect(() => prefs.set({ language: 'fr' } as unknown as Partial<Prefs>)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(prefs.get()).toEqual({ language: 'nl' });
    expect(fs.existsSync(prefsFile())).toBe(false);
  });

  it('reports a failed save and keeps the old preference', () => {
    const prefs = openConfPrefs(dir);
    fs.mkdirSync(prefsFile());
    expect(() => prefs.set({ language: 'en' })).toThrow(expect.objectContaining({ code: 'io-error' }));
    expect(prefs.get()).toEqual({ language: 'nl' });
  });
});
