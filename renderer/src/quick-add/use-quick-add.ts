import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { createActor } from '../../../shared/domain/factories';
import type { MapDocument, Position } from '../../../shared/domain/map-document';
import { useToast } from '../feedback/toast-context';
import type { CanvasHandle } from '../graph/canvas-types';
import { placeNear } from '../graph/placement';
import type { Panel } from '../map/panel';
import type { MapController } from '../map/use-map-state';
import type { QuickActor } from './parse-quick-add';

/** The inputs of `useQuickAdd`. */
export interface QuickAddInputs {
  readonly controller: MapController;
  readonly doc: MapDocument | null;
  readonly setPanel: (panel: Panel) => void;
  readonly canvas: RefObject<CanvasHandle | null>;
}

/**
 * Adds a quick-add actor as one `actor.add` command, placed on a free spot in the middle of the
 * visible canvas, and selects it (the cursor stays in the box for the next name).
 */
export function useQuickAdd({ controller, doc, setPanel, canvas }: QuickAddInputs): (actor: QuickActor) => Promise<boolean> {
  const { t } = useTranslation();
  const toast = useToast();
  const { run } = controller;
  return async (quick: QuickActor) => {
    const positions: Position[] = (doc?.actors ?? []).flatMap((a) => (a.position ? [a.position] : []));
    const centre = canvas.current?.viewportCentre() ?? { x: 0, y: 0 };
    const actor = createActor({
      name: quick.name,
      kind: quick.kind,
      category: quick.category ?? 'overig',
      isPerson: quick.isPerson,
      tags: [...quick.tags],
      position: placeNear(centre, positions),
    });
    const ok = await run({ type: 'actor.add', actor });
    if (ok) {
      setPanel({ mode: 'actor', id: actor.id });
      toast.info(t('quickAdd.added', { name: actor.name }));
    }
    return ok;
  };
}
