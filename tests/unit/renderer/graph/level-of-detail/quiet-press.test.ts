import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { setPressFeedback } from '../../../../../renderer/src/graph/level-of-detail/quiet-press';

/** Cytoscape's press state switches (not in @types/cytoscape). */
type Pressable = { activate(): void; unactivate(): void };
const el = (cy: cytoscape.Core, id: string): Pressable => cy.getElementById(id) as unknown as Pressable;

function canvas() {
  return cytoscape({ headless: true, elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }] });
}

describe('pressing an element on a big map', () => {
  it('leaves the element unchanged on a big map, so the cached map stays valid', () => {
    const big = canvas();
    setPressFeedback(big, false);
    const styled: string[] = [];
    big.on('style', (e) => styled.push(String(e.target.id())));
    el(big, 'ab').activate();
    expect(big.getElementById('ab').active()).toBe(false);
    el(big, 'ab').unactivate();
    expect(styled).toEqual([]);
  });

  it('still shows the pressed element on other maps and after the map shrank', () => {
    const small = canvas();
    const big = canvas();
    setPressFeedback(big, false);
    el(small, 'a').activate();
    expect(small.getElementById('a').active()).toBe(true);
    setPressFeedback(big, true);
    el(big, 'a').activate();
    expect(big.getElementById('a').active()).toBe(true);
  });

  it('lets go of an element that was pressed when the map became big', () => {
    const cy = canvas();
    el(cy, 'a').activate();
    setPressFeedback(cy, false);
    expect(cy.getElementById('a').active()).toBe(false);
  });
});
