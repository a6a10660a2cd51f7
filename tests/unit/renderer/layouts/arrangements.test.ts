import { describe, expect, it } from 'vitest';
import { byInfluence, byKind, centroid, clusters, rings, type LayoutActor } from '../../../../renderer/src/layouts/arrangements';
import { actorBox } from '../../../../shared/layout/network-layout';
import { countBoxOverlaps } from '../../../../shared/layout/remove-overlaps';

const actor = (id: string, kind: LayoutActor['kind'], influence: number, category: string): LayoutActor => ({ id, kind, influence, category, area: '' });
const actors = [
  actor('g', 'formeel', 5, 'gemeente'),
  actor('w', 'formeel', 4, 'wijkteam'),
  actor('c', 'formeel', 3, 'woningcorporatie'),
  actor('f', 'informeel', 2, 'bewoner'),
  actor('h', 'informeel', 3, 'bewonersinitiatief'),
  actor('b', 'informeel', 1, 'bewoner'),
];
const dist = (p: { x: number; y: number } | undefined) => Math.hypot(p?.x ?? 0, p?.y ?? 0);

describe('layouts', () => {
  it('rings: informal actors inside, formal ones on an outer ring', () => {
    const pos = rings(actors, byKind, { x: 0, y: 0 });
    const inner = ['f', 'h', 'b'].map((id) => dist(pos.get(id)));
    const outer = ['g', 'w', 'c'].map((id) => dist(pos.get(id)));
    expect(Math.max(...inner)).toBeLessThan(Math.min(...outer));
  });

  it('rings by influence: the most influential actor in the middle, the least on the outside', () => {
    const pos = rings(actors, byInfluence, { x: 100, y: 100 });
    expect(pos.get('g')).toEqual({ x: 100, y: 100 });
    expect(Math.hypot(pos.get('b')!.x - 100, pos.get('b')!.y - 100)).toBeGreaterThan(Math.hypot(pos.get('w')!.x - 100, pos.get('w')!.y - 100));
  });

  it('keeps every actor and its label clear of the others on a crowded ring', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...actor(`a${i}`, 'formeel', 3, 'x'), name: `Vereniging nummer ${i}` }));
    const pos = rings(many, byKind, { x: 0, y: 0 });
    const boxes = many.map((a) => actorBox({ name: a.name, size: 40 }, pos.get(a.id)?.x, pos.get(a.id)?.y));
    expect(countBoxOverlaps(boxes)).toBe(0);
  });

  it('groups: blocks of different groups never overlap, labels included', () => {
    const named = actors.map((a) => ({ ...a, name: `Een lange naam voor ${a.id}` }));
    const { positions } = clusters(named, (a) => a.category, { x: 0, y: 0 });
    const boxes = named.map((a) => actorBox({ name: a.name, size: 40 }, positions.get(a.id)?.x, positions.get(a.id)?.y));
    expect(countBoxOverlaps(boxes)).toBe(0);
  });

  it('groups: one compact block per category, members closer to their own block than to others', () => {
    const { positions, blocks } = clusters(actors, (a) => a.category, { x: 0, y: 0 });
    expect(blocks[0]?.key).toBe('bewoner');
    const f = positions.get('f')!;
    const b = positions.get('b')!;
    const g = positions.get('g')!;
    expect(Math.hypot(f.x - b.x, f.y - b.y)).toBeLessThan(Math.hypot(f.x - g.x, f.y - g.y));
    expect(centroid([f, b])).toEqual({ x: (f.x + b.x) / 2, y: (f.y + b.y) / 2 });
  });
});
