import { describe, expect, it } from 'vitest';
import { LABEL_MAX_LINES, LABEL_MAX_WIDTH, labelSize, textWidth, wrapLabel } from '../../../../shared/layout/label-box';

describe('label wrapping', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Mo Bakker')).toEqual(['Mo Bakker']);
  });

  it('wraps a long name at spaces into lines no wider than the label width', () => {
    const lines = wrapLabel('Gemeente – beleidsadviseur sociaal domein');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Gemeente – beleidsadviseur sociaal domein');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(LABEL_MAX_WIDTH);
  });

  it('shortens a name that needs more lines than allowed, ending in an ellipsis', () => {
    const lines = wrapLabel('Stichting voor de bevordering van het welzijn van alle bewoners in de wijk Lindenhof en omstreken');
    expect(lines).toHaveLength(LABEL_MAX_LINES);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
  });

  it('gives a box as wide as the widest line and as tall as its lines', () => {
    const one = labelSize(['Mo Bakker']);
    const two = labelSize(['Mo Bakker', 'Mo Bakker']);
    expect(two.w).toBe(one.w);
    expect(two.h).toBeGreaterThan(one.h * 1.5);
  });
});
