// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, restoreWindowState } from '../../../../electron/main/window-state';

const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window position between sessions', () => {
  it('opens where it was closed', () => {
    expect(restoreWindowState({ x: 100, y: 50, width: 1400, height: 900, maximized: true }, laptop)).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('keeps the size but lets the OS place it when its old screen is gone', () => {
    expect(restoreWindowState({ x: 3000, y: 50, width: 1400, height: 900, maximized: false }, laptop)).toEqual({
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('starts at the default size when nothing (or nonsense) was saved', () => {
    expect(restoreWindowState(undefined, laptop)).toEqual(DEFAULT_WINDOW_STATE);
    expect(restoreWindowState({ width: 'groot' }, laptop)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('never restores a window smaller than usable', () => {
    expect(restoreWindowState({ width: 10, height: 10 }, laptop)).toMatchObject({ width: 800, height: 560 });
  });
});
