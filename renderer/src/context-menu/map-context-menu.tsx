import { useTranslation } from 'react-i18next';
import type { Position } from '../../../shared/domain/map-document';
import type { MenuTarget } from '../graph/canvas-types';
import { ContextMenu } from './context-menu';
import { mapMenuItems, type MapMenuContext, type MapMenuHandlers } from './map-menu-items';

/** Props of the map's context menu: what it is about, where, and what its entries do. */
export interface MapContextMenuProps {
  readonly target: MenuTarget | null;
  readonly at: Position;
  readonly label: string;
  readonly handlers: MapMenuHandlers;
  readonly context: MapMenuContext;
  readonly onClose: () => void;
}

/** The context menu of an actor, a relation or the empty canvas. */
export function MapContextMenu({ target, at, label, handlers, context, onClose }: MapContextMenuProps) {
  const { t } = useTranslation();
  return <ContextMenu at={at} items={mapMenuItems(target, handlers, context, t)} label={label} onClose={onClose} />;
}
