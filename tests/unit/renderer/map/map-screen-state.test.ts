import { describe, expect, it } from 'vitest';
import { INITIAL_SCREEN, mapScreenReducer, type MapScreenAction, type MapScreenState } from '../../../../renderer/src/map/map-screen-state';
import { NETWORK_VIEW } from '../../../../renderer/src/map/map-view-tabs';
import { OVERVIEW } from '../../../../renderer/src/map/panel';

const run = (...actions: MapScreenAction[]): MapScreenState => actions.reduce(mapScreenReducer, INITIAL_SCREEN);
const extent = { x: 1, y: 2, width: 300, height: 200 };

describe('map screen state', () => {
  it('opens on the network view with the left panel open and nothing selected', () => {
    expect(INITIAL_SCREEN).toMatchObject({ view: NETWORK_VIEW, dockOpen: true, panel: OVERVIEW, picked: [] });
  });

  it('remembers what the network showed when the user leaves it, not when moving between other tabs', () => {
    const printed = run({ type: 'view', view: 'afdrukken', leaving: extent });
    expect(printed.viewport).toEqual(extent);
    expect(mapScreenReducer(printed, { type: 'view', view: 'tabel', leaving: null }).viewport).toEqual(extent);
  });

  it('clears the selection and the Shift+click choice together', () => {
    const picked = run({ type: 'pick', picked: ['a1', 'a2'], panel: { mode: 'actor', id: 'a2' } });
    expect(mapScreenReducer(picked, { type: 'clear-selection' })).toMatchObject({ picked: [], panel: OVERVIEW });
  });

  it('starts a session on the bare network: no panel, menu or connect mode', () => {
    const busy = run({ type: 'view', view: 'tabel' }, { type: 'panel', panel: { mode: 'actor', id: 'a1' } }, { type: 'connect-mode', on: true });
    expect(mapScreenReducer(busy, { type: 'session', on: true })).toMatchObject({ session: true, view: NETWORK_VIEW, panel: OVERVIEW, connectMode: false, menu: null });
  });

  it('opens the folded left panel and shows the network when a tool in it is wanted (N, Ctrl+F)', () => {
    const folded = run({ type: 'view', view: 'tabel' }, { type: 'dock', open: false });
    expect(mapScreenReducer(folded, { type: 'use-dock' })).toMatchObject({ view: NETWORK_VIEW, dockOpen: true });
  });

  it('keeps the last picked layout for "Indeling toepassen" in the context menu', () => {
    expect(run({ type: 'layout', layout: { kind: 'rings-kind', keepPositions: true } }).layout).toEqual({ kind: 'rings-kind', keepPositions: true });
  });

  it('never changes the state it was given', () => {
    const before = structuredClone(INITIAL_SCREEN);
    mapScreenReducer(INITIAL_SCREEN, { type: 'dock', open: false });
    expect(INITIAL_SCREEN).toEqual(before);
  });
});
