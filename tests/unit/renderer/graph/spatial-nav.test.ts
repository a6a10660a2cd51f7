import { describe, expect, it } from 'vitest';
import { directionOfKey, nearestInDirection, nearestTo } from '../../../../renderer/src/graph/spatial-nav';

// A small wijk, y downwards as on screen:   moskee (0,-100)
//                        bieb (-200,0)    HUIS (0,0)    school (150,20)   markt (400,0)
//                                         kerk (30,120)        sport (300,300)
const huis = { id: 'huis', x: 0, y: 0 };
const actors = [
  huis,
  { id: 'moskee', x: 0, y: -100 },
  { id: 'bieb', x: -200, y: 0 },
  { id: 'school', x: 150, y: 20 },
  { id: 'markt', x: 400, y: 0 },
  { id: 'kerk', x: 30, y: 120 },
  { id: 'sport', x: 300, y: 300 },
];

describe('arrow keys move to the nearest actor in that direction', () => {
  it('goes to the nearest actor that lies that way', () => {
    expect(nearestInDirection(huis, actors, 'right')).toBe('school');
    expect(nearestInDirection(huis, actors, 'left')).toBe('bieb');
    expect(nearestInDirection(huis, actors, 'up')).toBe('moskee');
    expect(nearestInDirection(huis, actors, 'down')).toBe('kerk');
  });

  it('prefers an actor straight ahead over an equally near one off to the side', () => {
    const from = { id: 'a', x: 0, y: 0 };
    expect(nearestInDirection(from, [from, { id: 'askew', x: 100, y: 90 }, { id: 'ahead', x: 130, y: 0 }], 'right')).toBe('ahead');
  });

  it('stays put (null) at the edge of the map', () => {
    expect(nearestInDirection({ id: 'markt', x: 400, y: 0 }, actors, 'right')).toBeNull();
  });

  it('never picks an actor that lies mostly sideways', () => {
    const from = { id: 'a', x: 0, y: 0 };
    expect(nearestInDirection(from, [from, { id: 'below', x: 20, y: 200 }], 'right')).toBeNull();
  });

  it('starts from the actor nearest to the middle when nothing is selected', () => {
    expect(nearestTo({ x: 280, y: 280 }, actors)).toBe('sport');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });

  it('knows the four arrow keys and nothing else', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map(directionOfKey)).toEqual(['left', 'right', 'up', 'down', null]);
  });
});
