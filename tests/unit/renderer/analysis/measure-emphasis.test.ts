import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../../shared/analysis/analyse';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../../shared/analysis/options';
import { COMMUNITY_COLOURS, measureEmphasis, SEQUENTIAL, SIZE_RANGE } from '../../../../renderer/src/analysis/measure-emphasis';
import { smallMap } from '../../shared/analysis/small-graphs';

const star = analyseMap(smallMap(['c', 'l1', 'l2', 'l3', 'x'], ['c-l1', 'c-l2', 'c-l3']), DEFAULT_ANALYSIS_OPTIONS);

describe('sizing and colouring the map by a measure', () => {
  it('gives the biggest broker the biggest node and the darkest colour, actors without score the smallest', () => {
    const layer = measureEmphasis(star, { size: 'betweennessNormalised', colour: 'betweennessNormalised' }, 'x');
    expect(layer?.nodes.c).toEqual({ size: SIZE_RANGE[1], colour: SEQUENTIAL[SEQUENTIAL.length - 1] });
    expect(layer?.nodes.l1).toEqual({ size: SIZE_RANGE[0], colour: SEQUENTIAL[0] });
  });

  it('colours by community, grey for actors without ties', () => {
    const layer = measureEmphasis(star, { size: 'none', colour: 'community' }, 'x');
    expect(layer?.nodes.c?.colour).toBe(COMMUNITY_COLOURS[0]);
    expect(layer?.nodes.x?.colour).toBe('#DDDDDD');
    expect(layer?.nodes.c?.size).toBeUndefined();
  });

  it('is no layer at all for the plain map', () => {
    expect(measureEmphasis(star, { size: 'none', colour: 'category' }, 'x')).toBeNull();
  });
});
