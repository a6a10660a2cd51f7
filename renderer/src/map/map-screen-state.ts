import type { CanvasEvent } from '../graph/canvas-types';
import type { LayoutKind } from '../layouts/run-chosen-layout';
import { PLAIN_READING, type Reading } from '../reading/reading-model';
import { NETWORK_VIEW } from './map-view-tabs';
import { OVERVIEW, type Panel } from './panel';

/** The part of the map the network view showed (model coordinates). */
export interface ViewExtent {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The chosen layout, and whether it may move only the selected and never-placed actors. */
export interface LayoutChoice {
  readonly kind: LayoutKind;
  readonly keepPositions: boolean;
}

/** A right-click or keyboard-opened context menu on the canvas. */
export type CanvasMenu = Extract<CanvasEvent, { type: 'menu' }>;

/** Everything the map screen remembers while it is open (the map itself lives in the controller). */
export interface MapScreenState {
  /** What the side panel shows; the canvas selection follows it. */
  readonly panel: Panel;
  /** Actors added to the selection with Shift+click, for copying. */
  readonly picked: readonly string[];
  readonly connectMode: boolean;
  /** Which tab: NETWORK_VIEW or one of MAP_VIEWS. */
  readonly view: string;
  /** What the network view showed when the user left it, for "print the current view". */
  readonly viewport: ViewExtent | null;
  readonly dialog: 'help' | 'starter' | null;
  readonly reading: Reading;
  readonly edgeLabels: boolean;
  readonly areaGroups: boolean;
  /** The last layout picked (the context menu's "Indeling toepassen" runs it again). */
  readonly layout: LayoutChoice;
  readonly session: boolean;
  readonly menu: CanvasMenu | null;
  /** The left panel with quick-add, search and legend is open (else folded to a narrow strip). */
  readonly dockOpen: boolean;
}

/** What can happen to the screen state. */
export type MapScreenAction =
  | { readonly type: 'panel'; readonly panel: Panel }
  /** Selects these actors (paste, Shift+click); the panel shows `panel`. */
  | { readonly type: 'pick'; readonly picked: readonly string[]; readonly panel: Panel }
  | { readonly type: 'clear-selection' }
  | { readonly type: 'connect-mode'; readonly on: boolean }
  /** Switches tab; `leaving` is what the network view showed, when the user leaves it. */
  | { readonly type: 'view'; readonly view: string; readonly leaving?: ViewExtent | null }
  | { readonly type: 'dialog'; readonly dialog: MapScreenState['dialog'] }
  | { readonly type: 'reading'; readonly reading: Reading }
  | { readonly type: 'edge-labels'; readonly on: boolean }
  | { readonly type: 'area-groups'; readonly on: boolean }
  | { readonly type: 'layout'; readonly layout: LayoutChoice }
  | { readonly type: 'session'; readonly on: boolean }
  | { readonly type: 'menu'; readonly menu: CanvasMenu | null }
  | { readonly type: 'dock'; readonly open: boolean }
  /** Puts the cursor in a tool of the left panel: the network view shows and the panel opens. */
  | { readonly type: 'use-dock' };

/** The screen as a map opens. */
export const INITIAL_SCREEN: MapScreenState = {
  panel: OVERVIEW,
  picked: [],
  connectMode: false,
  view: NETWORK_VIEW,
  viewport: null,
  dialog: null,
  reading: PLAIN_READING,
  edgeLabels: false,
  areaGroups: false,
  layout: { kind: 'force', keepPositions: false },
  session: false,
  menu: null,
  dockOpen: true,
};

/** The next screen state. Pure: no canvas, no map; the screen does those around it. */
export function mapScreenReducer(state: MapScreenState, action: MapScreenAction): MapScreenState {
  switch (action.type) {
    case 'panel':
      return { ...state, panel: action.panel };
    case 'pick':
      return { ...state, picked: action.picked, panel: action.panel };
    case 'clear-selection':
      return { ...state, picked: [], panel: OVERVIEW };
    case 'connect-mode':
      return { ...state, connectMode: action.on };
    case 'view': {
      const leavingNetwork = state.view === NETWORK_VIEW && action.view !== NETWORK_VIEW;
      return { ...state, view: action.view, viewport: leavingNetwork ? (action.leaving ?? null) : state.viewport };
    }
    case 'dialog':
      return { ...state, dialog: action.dialog };
    case 'reading':
      return { ...state, reading: action.reading };
    case 'edge-labels':
      return { ...state, edgeLabels: action.on };
    case 'area-groups':
      return { ...state, areaGroups: action.on };
    case 'layout':
      return { ...state, layout: action.layout };
    case 'session':
      // A session shows the bare network: no panel, no menu, no connect mode.
      return action.on ? { ...state, session: true, view: NETWORK_VIEW, panel: OVERVIEW, picked: [], menu: null, connectMode: false } : { ...state, session: false };
    case 'menu':
      return { ...state, menu: action.menu };
    case 'dock':
      return { ...state, dockOpen: action.open };
    case 'use-dock':
      return { ...state, view: NETWORK_VIEW, dockOpen: true };
  }
}
