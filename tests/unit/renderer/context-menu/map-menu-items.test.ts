import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { nextEnabled } from '../../../../renderer/src/context-menu/context-menu';
import { mapMenuItems, type MapMenuHandlers } from '../../../../renderer/src/context-menu/map-menu-items';

const t = ((key: string) => key) as unknown as TFunction;

function handlers(): MapMenuHandlers {
  return {
    editActor: vi.fn(),
    connectFrom: vi.fn(),
    focusOn: vi.fn(),
    copyActor: vi.fn(),
    removeActor: vi.fn(),
    editRelation: vi.fn(),
    removeRelation: vi.fn(),
    addActorHere: vi.fn(),
    paste: vi.fn(),
    fit: vi.fn(),
    layout: vi.fn(),
  };
}

describe('context menus of the map', () => {
  it('offers bewerken, verbinden, focus, kopiëren and verwijderen on an actor, each acting on that actor', () => {
    const h = handlers();
    const items = mapMenuItems({ group: 'nodes', id: 'a1' }, h, { canPaste: false, hasActors: true }, t);
    expect(items.map((i) => i.id)).toEqual(['edit', 'connect', 'focus', 'copy', 'remove']);
    for (const item of items) item.onSelect();
    expect(h.connectFrom).toHaveBeenCalledWith('a1');
    expect(h.removeActor).toHaveBeenCalledWith('a1');
  });

  it('offers bewerken and verwijderen on a relation', () => {
    const items = mapMenuItems({ group: 'edges', id: 'r1' }, handlers(), { canPaste: true, hasActors: true }, t);
    expect(items.map((i) => i.id)).toEqual(['edit', 'remove']);
  });

  it('on the canvas, Plakken is unavailable while nothing is copied, and fit/layout on an empty map', () => {
    const items = mapMenuItems(null, handlers(), { canPaste: false, hasActors: false }, t);
    expect(items.map((i) => [i.id, i.disabled ?? false])).toEqual([
      ['add', false],
      ['paste', true],
      ['fit', true],
      ['layout', true],
    ]);
  });

  it('arrow keys skip unavailable entries and wrap around', () => {
    const items = [{}, { disabled: true }, {}, { disabled: true }];
    expect(nextEnabled(items, 0, 1)).toBe(2);
    expect(nextEnabled(items, 2, 1)).toBe(0);
    expect(nextEnabled(items, 0, -1)).toBe(2);
    expect(nextEnabled([{ disabled: true }], 0, 1)).toBe(0);
  });
});
