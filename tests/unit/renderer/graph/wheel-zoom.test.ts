import { describe, expect, it } from 'vitest';
import { NOTCH_FACTOR, wheelZoomFactor } from '../../../../renderer/src/graph/wheel-zoom';

const notch = (deltaY: number) => wheelZoomFactor({ deltaY, deltaMode: 0, ctrlKey: false });

describe('wheel and trackpad zoom at a normal pace', () => {
  it('zooms in by about a fifth per wheel notch towards you, out by as much away', () => {
    expect(notch(-100)).toBeCloseTo(NOTCH_FACTOR);
    expect(notch(100)).toBeCloseTo(1 / NOTCH_FACTOR);
  });

  it('doubles the zoom in four notches (was 25 notches for 1.5×)', () => {
    const four = notch(-100) ** 4;
    expect(four).toBeGreaterThan(2);
    expect(four).toBeLessThan(2.5);
  });

  it('treats line-based wheels (Firefox) like pixel ones', () => {
    expect(wheelZoomFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(notch(-99));
  });

  it('follows a trackpad scroll in proportion and never jumps more than 2× in one event', () => {
    expect(notch(-10)).toBeGreaterThan(1);
    expect(notch(-10)).toBeLessThan(1.03);
    expect(wheelZoomFactor({ deltaY: -5, deltaMode: 2, ctrlKey: false })).toBe(2);
  });

  it('zooms a pinch (Ctrl+wheel) faster per pixel than a scroll', () => {
    expect(wheelZoomFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeGreaterThan(notch(-10));
  });
});
