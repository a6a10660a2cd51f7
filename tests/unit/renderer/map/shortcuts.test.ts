import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../../renderer/src/map/use-map-shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcutFor', () => {
  it('maps the single keys', () => {
    expect(key('a')).toBe('addActor');
    expect(key('A')).toBe('addActor');
    expect(key('r')).toBe('addRelation');
    expect(key('f')).toBe('fit');
    expect(key('Delete')).toBe('deleteSelection');
    expect(key('Escape')).toBe('clearSelection');
    expect(key('n')).toBe('focusQuickAdd');
    expect(key('?', { shiftKey: true })).toBe('showHelp');
  });

  it('maps undo and both redo combinations, also with Cmd', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('f', { ctrlKey: true })).toBe('search');
  });

  it('maps Ctrl+C / Ctrl+V (and Cmd) to copy and paste of actors', () => {
    expect(key('c', { ctrlKey: true })).toBe('copy');
    expect(key('v', { metaKey: true })).toBe('paste');
    expect(key('c')).toBeNull();
  });

  it('opens the context menu with Shift+F10 or the ContextMenu key', () => {
    expect(key('F10', { shiftKey: true })).toBe('contextMenu');
    expect(key('ContextMenu')).toBe('contextMenu');
    expect(key('F10')).toBeNull();
  });

  it('zooms with + and − whatever Shift the keyboard needs, leaving Ctrl+± to the window', () => {
    expect(key('+', { shiftKey: true })).toBe('zoomIn');
    expect(key('=')).toBe('zoomIn');
    expect(key('-')).toBe('zoomOut');
    expect(key('+', { ctrlKey: true })).toBeNull();
  });

  it('moves between actors with the arrows and opens the chosen one with Enter', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map((k) => key(k))).toEqual(['moveLeft', 'moveRight', 'moveUp', 'moveDown', 'openSelected']);
    expect(key('ArrowLeft', { shiftKey: true })).toBeNull();
  });

  it('ignores other combinations', () => {
    expect(key('a', { ctrlKey: true })).toBeNull();
    expect(key('a', { altKey: true })).toBeNull();
    expect(key('A', { shiftKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
});
