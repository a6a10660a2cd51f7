import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/domain/ids';
import type { MapDocument } from '../../../shared/domain/map-document';
import { useToast } from '../feedback/toast-context';
import type { MapController } from '../map/use-map-state';
import { copyActors, pasteActors } from './actor-clipboard';
import { heldClip, holdClip } from './clipboard-store';

/** Copy and paste of actors for one map screen. */
export interface ActorClipboard {
  /** Copies these actors (and the ties between them); tells the user how many. */
  copy(ids: readonly string[]): void;
  /** Pastes what was copied as one undoable batch; resolves with the new actors' ids (empty when nothing happened). */
  paste(): Promise<readonly string[]>;
}

/** Ctrl+C / Ctrl+V of actors with their ties, within a map or between maps of this app. */
export function useActorClipboard(controller: MapController, doc: MapDocument | null): ActorClipboard {
  const { t } = useTranslation();
  const toast = useToast();
  const { run } = controller;
  const copy = useCallback(
    (ids: readonly string[]) => {
      const clip = doc ? copyActors(doc, ids) : null;
      if (!clip) {
        toast.info(t('clipboard.nothingSelected'));
        return;
      }
      holdClip(clip);
      toast.info(t('clipboard.copied', { count: clip.actors.length, relations: clip.relations.length }));
    },
    [doc, t, toast],
  );
  const paste = useCallback(async (): Promise<readonly string[]> => {
    const clip = heldClip();
    if (!doc) return [];
    if (!clip) {
      toast.info(t('clipboard.empty'));
      return [];
    }
    const { command, actorIds } = pasteActors(clip, doc, newId);
    if (!(await run(command))) return [];
    toast.info(t('clipboard.pasted', { count: actorIds.length }));
    return actorIds;
  }, [doc, run, t, toast]);
  return { copy, paste };
}
