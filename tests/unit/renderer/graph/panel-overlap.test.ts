import { describe, expect, it } from 'vitest';
import { actorsUnderPanels, type NamedBox } from '../../../../renderer/src/graph/panel-overlap';

const box = (name: string, left: number, top: number, right: number, bottom: number): NamedBox => ({ name, left, top, right, bottom });

describe('counting actors that a panel hides', () => {
  const legend = box('legenda', 0, 500, 200, 800);
  const search = box('zoeken', 900, 0, 1200, 150);

  it('names each actor under a panel once, with every panel over it', () => {
    const actors = [box('Buurthuis', 150, 480, 260, 520), box('Moskee', 1000, 100, 1100, 600), box('Wijkteam', 300, 200, 400, 260)];
    expect(actorsUnderPanels(actors, [legend, search, box('zoeken', 1050, 0, 1300, 120)])).toEqual([
      { actor: 'Buurthuis', panels: ['legenda'] },
      { actor: 'Moskee', panels: ['zoeken'] },
    ]);
  });

  it('does not count an actor that only touches a panel edge', () => {
    expect(actorsUnderPanels([box('Bibliotheek', 200, 600, 300, 650)], [legend])).toEqual([]);
  });

  it('counts a label that reaches under a panel', () => {
    expect(actorsUnderPanels([box('Vrijwilligerscentrale met lange naam', 40, 450, 199, 510)], [legend])).toHaveLength(1);
  });
});
