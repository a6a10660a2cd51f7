import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMatrix, LABEL, MATRIX, PLOT_RIGHT, rowMiddle, valuesAt, xOf } from '../../../../renderer/src/forcefield/matrix-layout';
import type { ActorForce } from '../../../../shared/forcefield/balance';

const actor = (id: string, stance: number | null, influence: number, name = id, interest = 3): ActorForce => ({
  actorId: id,
  name,
  stance,
  influence,
  interest,
  force: Math.abs(stance ?? 0) * influence,
});

/** The box a label takes (SVG units), from its lines. */
const labelBox = (item: ReturnType<typeof layoutMatrix>['items'][number]) => {
  const width = Math.max(...item.lines.map((l) => l.length)) * LABEL.charWidth;
  const height = item.lines.length * LABEL.line;
  return { x: item.x + LABEL.dx, y: item.y - height / 2, width, height };
};
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const actors = fc
  .array(fc.record({ stance: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }), influence: fc.integer({ min: 1, max: 5 }), interest: fc.integer({ min: 1, max: 5 }), name: fc.string({ minLength: 1, maxLength: 70 }) }), { maxLength: 60 })
  .map((list) => list.map((a, i) => actor(`a${i}`, a.stance, a.influence, a.name, a.interest)));

describe('stance–influence matrix layout', () => {
  it('never lets two circles or two names overlap, however many actors share a cell', () => {
    fc.assert(
      fc.property(actors, (list) => {
        const { items } = layoutMatrix(list);
        for (const [i, a] of items.entries()) {
          for (const b of items.slice(i + 1)) {
            expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
            expect(overlap(labelBox(a), labelBox(b))).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps values honest: every circle stands in the cell of its own stance and influence', () => {
    fc.assert(
      fc.property(actors, (list) => {
        const layout = layoutMatrix(list);
        for (const item of layout.items) {
          expect(valuesAt(item.x, item.y, layout)).toEqual({ stance: item.actor.stance, influence: item.actor.influence });
          expect(valuesAt(item.x, item.y - item.height / 2 + 1, layout).influence).toBe(item.actor.influence);
          expect(valuesAt(item.x, item.y + item.height / 2 - 1, layout).influence).toBe(item.actor.influence);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('shows full names, wrapped to the column, instead of cutting them short', () => {
    const { items } = layoutMatrix([actor('a', -1, 5, 'Gemeente – beleidsadviseur sociaal domein')]);
    expect(items[0]?.lines.join(' ')).toBe('Gemeente – beleidsadviseur sociaal domein');
    expect(items[0]?.lines.length).toBeGreaterThan(1);
  });

  it('grows a crowded row instead of spilling into the next one; uncrowded rows keep their size', () => {
    const quiet = layoutMatrix([actor('a', 1, 3)]);
    expect(quiet.height).toBe(MATRIX.top + 5 * MATRIX.minRow + MATRIX.bottom);
    const crowded = layoutMatrix(Array.from({ length: 9 }, (_, i) => actor(`a${i}`, 2, 3, `Bewonersinitiatief nummer ${i}`)));
    const band = crowded.bands.find((b) => b.influence === 3);
    expect((band?.bottom ?? 0) - (band?.top ?? 0)).toBeGreaterThan(MATRIX.minRow);
  });

  it('turns a drop point back into stance and influence, beyond the plot into unknown', () => {
    const layout = layoutMatrix([]);
    expect(valuesAt(xOf(1) + 20, rowMiddle(layout, 4) - 10, layout)).toEqual({ stance: 1, influence: 4 });
    expect(valuesAt(xOf(-2) - 30, rowMiddle(layout, 1) + 60, layout)).toEqual({ stance: -2, influence: 1 });
    expect(valuesAt(PLOT_RIGHT + 40, rowMiddle(layout, 5), layout)).toEqual({ stance: null, influence: 5 });
  });
});
