import { describe, expect, it } from 'vitest';
import { visibleDashes } from '../../../../../renderer/src/graph/level-of-detail/far-dashes';

describe('dashes too small to see are drawn as a solid line', () => {
  it('keeps a dashed relation dashed at normal zoom', () => {
    expect(visibleDashes([7, 4], 1)).toEqual([7, 4]);
    expect(visibleDashes([0.5, 6], 0.5)).toEqual([0.5, 6]);
  });

  it('draws dashes solid when a whole dash and gap fit in under 2 screen pixels', () => {
    expect(visibleDashes([7, 4], 0.1)).toEqual([]);
    expect(visibleDashes([0.5, 6], 0.25)).toEqual([]);
  });

  it('leaves solid lines solid', () => {
    expect(visibleDashes([], 0.1)).toEqual([]);
  });
});
