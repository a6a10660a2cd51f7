import type { ActorMove } from '../../../shared/commands/command';
import type { Position } from '../../../shared/domain/map-document';
import type { LayoutRequest } from '../layouts/run-chosen-layout';
import type { Direction } from './spatial-nav';

/** What happened on the canvas, reported to the screen that owns the map. */
export type CanvasEvent =
  | { readonly type: 'select'; readonly group: 'nodes' | 'edges'; readonly id: string; /** Shift was held: add to the chosen actors. */ readonly additive?: boolean }
  | { readonly type: 'clear' }
  | { readonly type: 'moved'; readonly moves: readonly ActorMove[] }
  | { readonly type: 'connect'; readonly from: string; readonly to: string }
  /** Right-click: on an actor or relation (target), or on empty canvas (null); where, on screen and on the map. */
  | { readonly type: 'menu'; readonly target: MenuTarget | null; readonly client: Position; readonly model: Position };

/** What a context menu is about: an actor (nodes) or a relation (edges). */
export interface MenuTarget {
  readonly group: 'nodes' | 'edges';
  readonly id: string;
}

/** What a screen may ask of the canvas imperatively. */
export interface CanvasHandle {
  /** Fits all actors in view. */
  fit(): void;
  /**
   * Runs the automatic layout (or the chosen one, animated); resolves with the new positions
   * (empty on an empty map). `areaOf` gives an actor's buurt for the layout grouped by buurt.
   */
  layout(request?: LayoutRequest, areaOf?: (id: string) => string): Promise<readonly ActorMove[]>;
  /** Zooms (animated) so these actors fill the view. */
  zoomTo(ids: readonly string[]): void;
  /** The model coordinates of the middle of the visible area. */
  viewportCentre(): Position;
  /** Zooms in (>1) or out (<1) around the middle of the canvas, within the zoom limits. */
  zoomBy(factor: number): void;
  /**
   * The actor nearest in a direction from this one (as drawn, only visible actors); from null, the
   * actor nearest the middle of the view. Null when there is none that way.
   */
  actorToward(fromId: string | null, direction: Direction): string | null;
  /** Pans (animated) just enough to bring this actor fully into view; nothing when it is in view. */
  reveal(id: string): void;
  /** The part of the map now visible (model coordinates), or null before the canvas has a size. */
  visibleExtent(): { x: number; y: number; width: number; height: number } | null;
  /** Moves keyboard focus to the canvas. */
  focus(): void;
  /**
   * Where a keyboard-opened context menu goes: at this actor or relation (page coordinates), or the
   * middle of the canvas for null; with the model position there. Null when the element is not drawn.
   */
  menuPoint(target: MenuTarget | null): { client: Position; model: Position } | null;
}
