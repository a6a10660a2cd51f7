// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../../electron/main/menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  it('reads Bestand, Bewerken, Beeld, Help in Dutch', () => {
    const template = buildMenuTemplate({ isDev: false, platform: 'linux', onAbout: vi.fn() });
    expect(template.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    const labels = flatten(template).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Afsluiten', 'Knippen', 'Kopiëren', 'Plakken', 'Over Wijkweb']));
  });

  it('leaves undo and redo to the map (they are commands, not text edits)', () => {
    const roles = flatten(buildMenuTemplate({ isDev: true, platform: 'linux', onAbout: vi.fn() })).map((item) => item.role);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => flatten(buildMenuTemplate({ isDev, platform: 'linux', onAbout: vi.fn() })).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it('opens the about panel from Help', () => {
    const onAbout = vi.fn();
    const about = flatten(buildMenuTemplate({ isDev: false, platform: 'linux', onAbout })).find((item) => item.label === 'Over Wijkweb');
    (about?.click as (() => void) | undefined)?.();
    expect(onAbout).toHaveBeenCalledOnce();
  });
});
