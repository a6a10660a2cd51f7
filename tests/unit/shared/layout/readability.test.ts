import { describe, expect, it } from 'vitest';
import { countCrossings, countLabelOverlaps } from '../../../../shared/layout/readability';

const at = (entries: Record<string, [number, number]>) => new Map(Object.entries(entries).map(([id, [x, y]]) => [id, { x, y }]));

describe('readability counters', () => {
  it('counts the crossing of the two diagonals of a square once', () => {
    const positions = at({ a: [0, 0], b: [10, 10], c: [10, 0], d: [0, 10] });
    expect(countCrossings([{ source: 'a', target: 'b' }, { source: 'c', target: 'd' }], positions)).toBe(1);
  });

  it('does not count relations that only share an actor, or the sides of a square', () => {
    const positions = at({ a: [0, 0], b: [10, 0], c: [10, 10], d: [0, 10] });
    const sides = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'd' },
      { source: 'd', target: 'a' },
    ];
    expect(countCrossings(sides, positions)).toBe(0);
  });

  it('counts label/label and label/node overlaps between different actors only', () => {
    const labels = new Map([
      ['a', { x: 0, y: 30, w: 80, h: 14 }],
      ['b', { x: 40, y: 30, w: 80, h: 14 }],
    ]);
    const nodes = new Map([
      ['a', { x: 0, y: 0, w: 40, h: 40 }],
      ['b', { x: 200, y: 30, w: 40, h: 40 }],
    ]);
    expect(countLabelOverlaps({ labels, nodes })).toEqual({ labelLabel: 1, labelNode: 0 });
  });
});
