import { describe, expect, it } from 'vitest';
import { actorBox, networkLayout } from '../../../../shared/layout/network-layout';
import { countCrossings } from '../../../../shared/layout/readability';
import { countBoxOverlaps } from '../../../../shared/layout/remove-overlaps';

const actor = (id: string) => ({ id, name: `Actor ${id}`, size: 40, position: null });

describe('network layout', () => {
  it('draws a cycle of six without crossings and without overlapping actors or labels', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const relations = ids.map((id, i) => ({ source: id, target: ids[(i + 1) % ids.length] ?? 'a' }));
    const positions = networkLayout({ actors: ids.map(actor), relations });
    expect(countCrossings(relations, positions)).toBe(0);
    const boxes = ids.map((id) => actorBox({ name: `Actor ${id}`, size: 40 }, positions.get(id)?.x, positions.get(id)?.y));
    expect(countBoxOverlaps(boxes)).toBe(0);
  });

  it('keeps neighbours closer than actors three steps apart', () => {
    const relations = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'd' },
    ];
    const p = networkLayout({ actors: ['a', 'b', 'c', 'd'].map(actor), relations });
    const d = (x: string, y: string) => Math.hypot((p.get(x)?.x ?? 0) - (p.get(y)?.x ?? 0), (p.get(x)?.y ?? 0) - (p.get(y)?.y ?? 0));
    expect(d('a', 'b')).toBeLessThan(d('a', 'd'));
  });

  it('leaves fixed actors exactly where they are', () => {
    const actors = [{ ...actor('a'), position: { x: 500, y: -200 } }, actor('b')];
    const p = networkLayout({ actors, relations: [{ source: 'a', target: 'b' }], fixed: new Set(['a']) });
    expect(p.get('a')).toEqual({ x: 500, y: -200 });
    expect(p.get('b')).not.toEqual({ x: 500, y: -200 });
  });

  it('gives the same layout for the same map every time', () => {
    const relations = [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }];
    const input = { actors: ['a', 'b', 'c'].map(actor), relations };
    expect([...networkLayout(input)]).toEqual([...networkLayout(input)]);
  });
});
