import { describe, expect, it } from 'vitest';
import { chooseRenderOptions } from '../../../../../renderer/src/graph/level-of-detail/choose-render';
import { readRenderOverride, withOverride } from '../../../../../renderer/src/graph/level-of-detail/override';

const storage = (value: string | null) => ({ getItem: () => value });
const gl = { available: true, renderer: 'SwiftShader', software: true };

describe('render override (benchmark comparison only)', () => {
  it('reads only the known values', () => {
    expect(readRenderOverride(storage('webgl'))).toBe('webgl');
    expect(readRenderOverride(storage('canvas'))).toBe('canvas');
    expect(readRenderOverride(storage('iets'))).toBeNull();
    expect(readRenderOverride(storage(null))).toBeNull();
    expect(readRenderOverride({ getItem: () => { throw new Error('geen opslag'); } })).toBeNull();
  });

  it('forces the renderer and full detail, and leaves the app choice alone without override', () => {
    const choice = chooseRenderOptions(5_000, gl);
    expect(withOverride(choice, null)).toBe(choice);
    expect(withOverride(choice, 'webgl')).toMatchObject({ webgl: true, hideEdgesOnViewport: false });
    expect(withOverride(choice, 'canvas')).toMatchObject({ webgl: false, hideEdgesOnViewport: false });
  });
});
