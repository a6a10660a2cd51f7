import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { heldClip } from '../clipboard/clipboard-store';
import { MapContextMenu } from '../context-menu/map-context-menu';
import type { CanvasMenu, MapScreenAction } from './map-screen-state';
import type { MapActions } from './use-map-actions';

/** Props of the context menu on the map screen: the open menu, the map, and what its entries do. */
export interface ScreenContextMenuProps {
  readonly menu: CanvasMenu;
  readonly doc: MapDocument;
  readonly picked: readonly string[];
  readonly dispatch: Dispatch<MapScreenAction>;
  readonly actions: MapActions;
  readonly copy: (ids: readonly string[]) => void;
  readonly paste: () => void;
  readonly focusOn: (actorId: string) => void;
  /** Runs the last picked layout again. */
  readonly layout: () => void;
}

/** The context menu of an actor, a relation or the canvas, wired to the map screen. */
export function ScreenContextMenu({ menu, doc, picked, dispatch, actions, copy, paste, focusOn, layout }: ScreenContextMenuProps) {
  const { t } = useTranslation();
  const actor = menu.target?.group === 'nodes' ? doc.actors.find((a) => a.id === menu.target?.id) : undefined;
  const label = actor ? t('contextMenu.actorMenu', { name: actor.name }) : menu.target?.group === 'edges' ? t('contextMenu.relationMenu') : t('contextMenu.canvasMenu');
  return (
    <MapContextMenu
      target={menu.target}
      at={menu.client}
      label={label}
      onClose={() => dispatch({ type: 'menu', menu: null })}
      context={{ canPaste: heldClip() !== null, hasActors: doc.actors.length > 0 }}
      handlers={{
        editActor: (id) => dispatch({ type: 'panel', panel: { mode: 'actor', id } }),
        connectFrom: (id) => dispatch({ type: 'panel', panel: { mode: 'new-relation', from: id } }),
        focusOn,
        copyActor: (id) => copy(picked.includes(id) ? picked : [id]),
        removeActor: (id) => {
          const found = doc.actors.find((a) => a.id === id);
          if (found) actions.removeActor(found);
        },
        editRelation: (id) => dispatch({ type: 'panel', panel: { mode: 'relation', id } }),
        removeRelation: (id) => {
          const found = doc.relations.find((r) => r.id === id);
          if (found) actions.removeRelation(found);
        },
        addActorHere: () => dispatch({ type: 'panel', panel: { mode: 'new-actor', at: menu.model } }),
        paste,
        fit: actions.fit,
        layout,
      }}
    />
  );
}
