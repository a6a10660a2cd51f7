import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { createActor, createRelation } from '../../../shared/domain/factories';
import type { MapDocument, Position } from '../../../shared/domain/map-document';
import { relationStyle } from '../../../shared/visual/encoding';
import type { CanvasEvent, CanvasHandle } from '../graph/canvas-types';
import { placeNear } from '../graph/placement';
import { useToast } from '../feedback/toast-context';
import { actorPatch, newActorFields } from './actor-form-model';
import type { Panel } from './panel';
import { DEFAULT_RELATION_KIND, DEFAULT_STRENGTH, relationPatch } from './relation-form-model';
import type { PanelActions } from './side-panel';
import type { MapController } from './use-map-state';

/** Everything the map screen can do, built from the controller, the current map and the canvas. */
export interface MapActions extends PanelActions {
  onCanvasEvent(event: CanvasEvent): void;
  layout(): Promise<void>;
  fit(): void;
  deleteSelection(): void;
}

/** The inputs of `useMapActions`. */
export interface MapActionInputs {
  readonly controller: MapController;
  readonly doc: MapDocument | null;
  readonly panel: Panel;
  readonly setPanel: (panel: Panel) => void;
  readonly canvas: RefObject<CanvasHandle | null>;
}

/**
 * Turns user intentions into commands for main (createActor/createRelation from shared, patches of
 * only the changed fields, one `actors.move` per drag or layout) and keeps the panel in step.
 */
export function useMapActions({ controller, doc, panel, setPanel, canvas }: MapActionInputs): MapActions {
  const { t } = useTranslation();
  const toast = useToast();

  return useMemo<MapActions>(() => {
    const { run } = controller;
    const positions = (): Position[] => (doc?.actors ?? []).flatMap((a) => (a.position ? [a.position] : []));
    const removeActor: PanelActions['removeActor'] = (actor) => {
      void run({ type: 'actor.remove', id: actor.id }).then((ok) => {
        if (!ok) return;
        setPanel({ mode: 'overview' });
        toast.info(t('map.actorRemoved', { name: actor.name }));
      });
    };
    const removeRelation: PanelActions['removeRelation'] = (relation) => {
      void run({ type: 'relation.remove', id: relation.id }).then((ok) => {
        if (!ok) return;
        setPanel({ mode: 'overview' });
        toast.info(t('map.relationRemoved'));
      });
    };
    const connect = async (from: string, to: string) => {
      const relation = createRelation({
        from,
        to,
        kind: DEFAULT_RELATION_KIND,
        strength: DEFAULT_STRENGTH,
        directed: relationStyle(DEFAULT_RELATION_KIND).directedByDefault,
      });
      if (await run({ type: 'relation.add', relation })) {
        setPanel({ mode: 'relation', id: relation.id });
        toast.info(t('map.relationAdded'));
      }
    };

    return {
      run,
      select: (group, id) => setPanel({ mode: group === 'nodes' ? 'actor' : 'relation', id }),
      close: () => setPanel({ mode: 'overview' }),
      async addActor(values) {
        const chosen = panel.mode === 'new-actor' ? panel.at : undefined;
        const centre = chosen ?? canvas.current?.viewportCentre() ?? { x: 0, y: 0 };
        const actor = createActor({ ...newActorFields(values), position: placeNear(centre, positions()) });
        const ok = await run({ type: 'actor.add', actor });
        if (ok) {
          setPanel({ mode: 'actor', id: actor.id });
          toast.info(t('map.actorAdded', { name: actor.name }));
        }
        return ok;
      },
      async updateActor(actor, values) {
        const patch = actorPatch(actor, values);
        if (Object.keys(patch).length === 0) return true;
        const ok = await run({ type: 'actor.update', id: actor.id, patch });
        if (ok) toast.info(t('map.saved'));
        return ok;
      },
      removeActor,
      async addRelation(values) {
        const relation = createRelation(values);
        const ok = await run({ type: 'relation.add', relation });
        if (ok) {
          setPanel({ mode: 'relation', id: relation.id });
          toast.info(t('map.relationAdded'));
        }
        return ok;
      },
      async updateRelation(relation, values) {
        const patch = relationPatch(relation, values);
        if (Object.keys(patch).length === 0) return true;
        const ok = await run({ type: 'relation.update', id: relation.id, patch });
        if (ok) toast.info(t('map.saved'));
        return ok;
      },
      removeRelation,
      onCanvasEvent(event) {
        switch (event.type) {
          case 'select':
            setPanel({ mode: event.group === 'nodes' ? 'actor' : 'relation', id: event.id });
            return;
          case 'clear':
            // A click on empty canvas ends editing, but never closes a half-filled "new" form.
            if (panel.mode === 'actor' || panel.mode === 'relation') setPanel({ mode: 'overview' });
            return;
          case 'moved':
            void run({ type: 'actors.move', moves: event.moves });
            return;
          case 'connect':
            void connect(event.from, event.to);
            return;
        }
      },
      async layout() {
        const moves = (await canvas.current?.layout()) ?? [];
        if (moves.length > 0 && (await run({ type: 'actors.move', moves }))) toast.info(t('map.layoutDone'));
      },
      fit: () => canvas.current?.fit(),
      deleteSelection() {
        if (!doc) return;
        if (panel.mode === 'actor') {
          const actor = doc.actors.find((a) => a.id === panel.id);
          if (actor) removeActor(actor);
        } else if (panel.mode === 'relation') {
          const relation = doc.relations.find((r) => r.id === panel.id);
          if (relation) removeRelation(relation);
        }
      },
    };
  }, [controller, doc, panel, setPanel, canvas, t, toast]);
}
