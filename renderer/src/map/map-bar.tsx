import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { MapExchangeButtons } from '../exchange/map-exchange-buttons';
import { MapProtectButtons } from '../protect/map-protect-buttons';
import { MapToolbar, type MapToolbarProps } from './map-toolbar';
import { MapViewTabs } from './map-view-tabs';
import { MAP_VIEWS } from './map-views';
import type { MapController } from './use-map-state';

/** Props of the bar above the map: the map, the tab shown, and the toolbar's state and callbacks. */
export interface MapBarProps {
  readonly mapId: string;
  readonly doc: MapDocument;
  readonly controller: MapController;
  readonly view: string;
  readonly onView: (view: string) => void;
  readonly session: boolean;
  readonly onSession: (on: boolean) => void;
  readonly toolbar: MapToolbarProps;
  readonly onBack: () => void;
}

/** The bar above the map: title, tabs, toolbar and the map's own actions; in a session only undo, fit and "end". */
export function MapBar({ mapId, doc, controller, view, onView, session, onSession, toolbar, onBack }: MapBarProps) {
  const { t } = useTranslation();
  return (
    <div className="map-bar" data-panel="kaartbalk">
      <div className="map-bar-row">
        {session ? null : (
          <button type="button" className="button-quiet" onClick={onBack}>
            <span aria-hidden="true">← </span>
            {t('map.back')}
          </button>
        )}
        <h1 className="map-title">{doc.name}</h1>
        {session ? null : <MapViewTabs views={MAP_VIEWS} current={view} onChange={onView} />}
      </div>
      {session ? (
        <div className="toolbar session-bar" role="group" aria-label={t('session.label')}>
          <button type="button" onClick={toolbar.onUndo} disabled={!toolbar.canUndo}>
            {t('map.undo')}
          </button>
          <button type="button" onClick={toolbar.onFit}>
            {t('map.fit')}
          </button>
          <button type="button" className="button-primary" onClick={() => onSession(false)}>
            {t('session.end')}
          </button>
        </div>
      ) : (
        <div className="map-bar-row">
          <MapToolbar {...toolbar} />
          <div className="toolbar map-actions">
            <MapExchangeButtons doc={doc} controller={controller} />
            <MapProtectButtons mapId={mapId} name={doc.name} onLocked={onBack} />
            <button type="button" onClick={() => onSession(true)}>
              {t('session.start')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
