import { describe, expect, it } from 'vitest';
import { chooseRenderOptions, isSoftwareRenderer, needsGlInfo } from '../../../../../renderer/src/graph/level-of-detail/choose-render';

const software = { available: true, renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', software: true };
const hardware = { available: true, renderer: 'ANGLE (NVIDIA GeForce RTX 3060)', software: false };

describe('chooseRenderOptions', () => {
  it('recognises CPU-drawn WebGL', () => {
    expect(isSoftwareRenderer(software.renderer)).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer(hardware.renderer)).toBe(false);
  });

  it('draws a wijk of a few hundred actors in full detail on the canvas', () => {
    const choice = chooseRenderOptions(300, hardware);
    expect(choice).toMatchObject({ webgl: false, hideEdgesOnViewport: false, textureOnViewport: false, movingFromBitmap: false, pressFeedback: true, hoverHighlight: true });
  });

  it('hides relations while moving a big map and never uses software WebGL', () => {
    const choice = chooseRenderOptions(5_000, software);
    expect(choice).toMatchObject({ webgl: false, hideEdgesOnViewport: true, textureOnViewport: false });
    expect(choice.minLabelPx).toBeGreaterThan(6);
  });

  it('moves a big map as a bitmap and keeps presses and hovering from redrawing it', () => {
    expect(chooseRenderOptions(5_000, software)).toMatchObject({ movingFromBitmap: true, pressFeedback: false, hoverHighlight: false });
    // WebGL draws without Cytoscape's bitmaps.
    expect(chooseRenderOptions(5_000, hardware)).toMatchObject({ movingFromBitmap: false, pressFeedback: true });
  });

  it('uses WebGL for a big map on a real GPU', () => {
    expect(chooseRenderOptions(5_000, hardware).webgl).toBe(true);
    expect(chooseRenderOptions(5_000, { available: false, renderer: '', software: false }).webgl).toBe(false);
  });

  it('draws relations of big maps as straight lines and only asks for the GPU when it matters', () => {
    expect(chooseRenderOptions(300, software).straightEdges).toBe(false);
    expect(chooseRenderOptions(2_000, software).straightEdges).toBe(true);
    expect(needsGlInfo(500)).toBe(false);
    expect(needsGlInfo(5_000)).toBe(true);
  });
});
