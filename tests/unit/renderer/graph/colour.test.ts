import { describe, expect, it } from 'vitest';
import { darken } from '../../../../renderer/src/graph/colour';

describe('darken', () => {
  it('keeps a colour at 0 and gives black at 1', () => {
    expect(darken('#88CCEE', 0)).toBe('#88CCEE');
    expect(darken('#88CCEE', 1)).toBe('#000000');
  });

  it('scales each channel towards black', () => {
    expect(darken('#808080', 0.5)).toBe('#404040');
  });
});
