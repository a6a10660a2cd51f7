import { useMemo, type Dispatch, type RefObject } from 'react';
import type { CanvasHandle } from '../graph/canvas-types';
import type { Direction } from '../graph/spatial-nav';
import { STEP_FACTOR } from '../graph/wheel-zoom';
import type { MapScreenAction, MapScreenState } from './map-screen-state';
import { NETWORK_VIEW } from './map-view-tabs';
import type { MapActions } from './use-map-actions';
import { useMapShortcuts } from './use-map-shortcuts';

/** What the map screen's shortcuts act on. */
export interface ScreenShortcutInputs {
  readonly screen: MapScreenState;
  readonly dispatch: Dispatch<MapScreenAction>;
  readonly canvas: RefObject<CanvasHandle | null>;
  readonly actions: MapActions;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly copy: () => void;
  readonly paste: () => void;
  /** The side panel's body: Enter puts the cursor in its first field. */
  readonly panelBody: RefObject<HTMLDivElement | null>;
  /** The quick-add and search boxes in the left panel (N, Ctrl+F). */
  readonly quickAdd: RefObject<HTMLInputElement | null>;
  readonly search: RefObject<HTMLInputElement | null>;
}

/** After the left panel opened (it was folded), puts the cursor in one of its boxes. */
function focusSoon(box: RefObject<HTMLInputElement | null>, select = false): void {
  requestAnimationFrame(() => {
    box.current?.focus();
    if (select) box.current?.select();
  });
}

/** Binds the map screen's keyboard shortcuts (see use-map-shortcuts.ts) to what they do. */
export function useScreenShortcuts(inputs: ScreenShortcutInputs): void {
  const { screen, dispatch, canvas, actions, undo, redo, copy, paste, panelBody, quickAdd, search } = inputs;
  const { panel, view, session } = screen;
  const onMap = view === NETWORK_VIEW;
  const handlers = useMemo(() => {
    const move = (direction: Direction) => () => {
      if (!onMap) return;
      const from = panel.mode === 'actor' ? panel.id : null;
      const next = canvas.current?.actorToward(from, direction);
      if (!next) return;
      dispatch({ type: 'pick', picked: [], panel: { mode: 'actor', id: next } });
      canvas.current?.reveal(next);
    };
    const toMap = () => dispatch({ type: 'view', view: NETWORK_VIEW, leaving: null });
    return {
      addActor: () => {
        toMap();
        dispatch({ type: 'panel', panel: { mode: 'new-actor' } });
      },
      addRelation: () => {
        toMap();
        dispatch({ type: 'panel', panel: panel.mode === 'actor' ? { mode: 'new-relation', from: panel.id } : { mode: 'new-relation' } });
      },
      deleteSelection: actions.deleteSelection,
      undo,
      redo,
      fit: () => onMap && actions.fit(),
      zoomIn: () => onMap && canvas.current?.zoomBy(STEP_FACTOR),
      zoomOut: () => onMap && canvas.current?.zoomBy(1 / STEP_FACTOR),
      moveLeft: move('left'),
      moveRight: move('right'),
      moveUp: move('up'),
      moveDown: move('down'),
      openSelected: () => {
        if (!onMap || (panel.mode !== 'actor' && panel.mode !== 'relation')) return;
        panelBody.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
      },
      clearSelection: () => dispatch({ type: 'clear-selection' }),
      copy,
      paste,
      contextMenu: () => {
        if (!onMap || session) return;
        const target = panel.mode === 'actor' || panel.mode === 'relation' ? { group: panel.mode === 'actor' ? ('nodes' as const) : ('edges' as const), id: panel.id } : null;
        const own = target ? canvas.current?.menuPoint(target) : null;
        const point = own ?? canvas.current?.menuPoint(null);
        if (point) dispatch({ type: 'menu', menu: { type: 'menu', target: own ? target : null, client: point.client, model: point.model } });
      },
      focusQuickAdd: () => {
        dispatch({ type: 'use-dock' });
        focusSoon(quickAdd);
      },
      showHelp: () => dispatch({ type: 'dialog', dialog: 'help' }),
      search: () => {
        dispatch({ type: 'use-dock' });
        focusSoon(search, true);
      },
    };
  }, [onMap, panel, session, dispatch, canvas, actions, undo, redo, copy, paste, panelBody, quickAdd, search]);
  useMapShortcuts(handlers);
}
