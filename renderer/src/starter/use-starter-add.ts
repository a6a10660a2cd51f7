import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../shared/commands/command';
import { createActor } from '../../../shared/domain/factories';
import type { Position } from '../../../shared/domain/map-document';
import { useToast } from '../feedback/toast-context';
import type { CanvasHandle } from '../graph/canvas-types';
import { placeNear } from '../graph/placement';
import type { MapController } from '../map/use-map-state';
import type { StarterChoice } from './starter-dialog';

/** Adds the ticked starter actors as one undoable batch, spread around the middle of the view. */
export function useStarterAdd(controller: MapController, canvas: RefObject<CanvasHandle | null>): (choices: readonly StarterChoice[]) => Promise<boolean> {
  const { t } = useTranslation();
  const toast = useToast();
  return async (choices) => {
    const centre = canvas.current?.viewportCentre() ?? { x: 0, y: 0 };
    const placed: Position[] = [];
    const commands: Command[] = choices.map(({ actor, name }) => {
      const position = placeNear(centre, placed);
      placed.push(position);
      return { type: 'actor.add', actor: createActor({ name, category: actor.category, kind: actor.kind, position }) };
    });
    const ok = await controller.run({ type: 'batch', commands });
    if (ok) {
      toast.info(t('starter.added', { count: choices.length }));
      canvas.current?.fit();
    }
    return ok;
  };
}
