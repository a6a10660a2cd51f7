import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '../../../../shared/layout/label-box';
import { nodeRect, placeLabels } from '../../../../shared/layout/label-placement';

describe('label placement', () => {
  it('puts a lone label below its node', () => {
    const placed = placeLabels([{ id: 'a', x: 0, y: 0, size: 40, name: 'Buurthuis De Schakel' }]);
    expect(placed.get('a')?.side).toBe('bottom');
    expect(placed.get('a')?.collides).toBe(false);
  });

  it('moves a label that would cover the actor below it', () => {
    const nodes = [
      { id: 'a', x: 0, y: 0, size: 40, name: 'Buurthuis De Schakel' },
      { id: 'b', x: 0, y: 50, size: 40, name: 'Stip Lindenhof' },
    ];
    const placed = placeLabels(nodes);
    const a = placed.get('a');
    expect(a?.side).not.toBe('bottom');
    expect(a && rectsOverlap(a.rect, nodeRect(nodes[1] ?? nodes[0]!))).toBe(false);
  });

  it('never lets two labels overlap when there is room to move them', () => {
    const nodes = Array.from({ length: 9 }, (_, i) => ({ id: `n${i}`, x: (i % 3) * 110, y: Math.floor(i / 3) * 70, size: 30, name: `Actor met een naam ${i}` }));
    const placed = [...placeLabels(nodes).values()].filter((p) => !p.collides);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(rectsOverlap(placed[i]!.rect, placed[j]!.rect)).toBe(false);
  });
});
