import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { useToast } from '../feedback/toast-context';
import type { CanvasHandle } from '../graph/canvas-types';
import type { LayoutChoice } from './map-screen-state';
import type { Panel } from './panel';
import type { MapActions } from './use-map-actions';
import type { MapController } from './use-map-state';

/** What running a layout needs: the map, the canvas, and the selected actor (for "keep my positions"). */
export interface LayoutRunnerInputs {
  readonly controller: MapController;
  readonly doc: MapDocument | null;
  readonly panel: Panel;
  readonly actions: MapActions;
  readonly canvas: RefObject<CanvasHandle | null>;
}

/**
 * Runs a chosen layout and stores the result as one `actors.move` (one undo step). The plain force
 * layout keeps its original path; the others (and "keep my positions") animate.
 */
export function useLayoutRunner({ controller, doc, panel, actions, canvas }: LayoutRunnerInputs): (choice: LayoutChoice) => Promise<void> {
  const { t } = useTranslation();
  const toast = useToast();
  return useCallback(
    async (choice: LayoutChoice) => {
      if (!doc) return;
      if (choice.kind === 'force' && !choice.keepPositions) return actions.layout();
      const unplaced = doc.actors.filter((a) => a.position === null).map((a) => a.id);
      const movable = choice.keepPositions ? [...(panel.mode === 'actor' ? [panel.id] : []), ...unplaced] : null;
      if (movable && movable.length === 0) return toast.info(t('layouts.nothingToMove'));
      const areas = new Map(doc.actors.map((a) => [a.id, a.area]));
      const moves = (await canvas.current?.layout({ kind: choice.kind, movable }, (id) => areas.get(id) ?? '')) ?? [];
      if (moves.length > 0 && (await controller.run({ type: 'actors.move', moves }))) toast.info(t('layouts.done'));
    },
    [controller, doc, panel, actions, canvas, t, toast],
  );
}
