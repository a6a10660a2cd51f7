import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { EmphasisNote } from '../analysis/emphasis-note';
import { useMapEmphasis } from '../analysis/emphasis-store';
import { withOverlay } from '../forcefield/overlay-elements';
import { useOverlay } from '../forcefield/overlay-store';
import { StanceControl, StanceLegendGroup } from '../forcefield/stance-control';
import type { CanvasHandle } from '../graph/canvas-types';
import { toElements } from '../graph/elements';
import { GraphCanvas } from '../graph/graph-canvas';
import { Legend } from '../graph/legend';
import { MapExchangeButtons } from '../exchange/map-exchange-buttons';
import { MapProtectButtons } from '../protect/map-protect-buttons';
import { UnlockDialog } from '../protect/unlock-dialog';
import { MapToolbar } from './map-toolbar';
import { MapViewTabs, NETWORK_VIEW } from './map-view-tabs';
import { MAP_VIEWS } from './map-views';
import { OVERVIEW, selectedIdOf, type Panel } from './panel';
import { SidePanel } from './side-panel';
import { StatusLine } from './status-line';
import { useMapActions } from './use-map-actions';
import { useMapShortcuts } from './use-map-shortcuts';
import { useMapState } from './use-map-state';

/** Props of the map screen: which map, and how to leave it. */
export interface MapScreenProps {
  readonly id: string;
  readonly onBack: () => void;
  /** Called once the map (or the reason it cannot be shown) has arrived. */
  readonly onLoaded: () => void;
}

/** The panel, or the overview if what it points at is no longer on the map (deleted, undone). */
function resolvePanel(panel: Panel, doc: MapDocument | null): Panel {
  if (!doc) return panel;
  if (panel.mode === 'actor' && !doc.actors.some((a) => a.id === panel.id)) return OVERVIEW;
  if (panel.mode === 'relation' && !doc.relations.some((r) => r.id === panel.id)) return OVERVIEW;
  return panel;
}

/** One map: toolbar, canvas with legend, side panel and status line. */
export function MapScreen({ id, onBack, onLoaded }: MapScreenProps) {
  const { t } = useTranslation();
  const controller = useMapState(id, onLoaded);
  const doc = controller.state?.doc ?? null;
  const [rawPanel, setPanel] = useState<Panel>(OVERVIEW);
  const [connectMode, setConnectMode] = useState(false);
  const [viewId, setViewId] = useState<string>(NETWORK_VIEW);
  const canvas = useRef<CanvasHandle | null>(null);
  const legendRef = useRef<HTMLDivElement>(null);
  const measureLegend = useCallback(() => {
    const el = legendRef.current;
    // The overlay sits 12 px from the canvas edge; keep a little air beyond it.
    return el ? { width: el.offsetWidth + 24, height: el.offsetHeight + 24 } : null;
  }, []);
  const panel = resolvePanel(rawPanel, doc);
  const emphasis = useMapEmphasis(id);
  const overlay = useOverlay();
  const elements = useMemo(
    () => (doc ? [...withOverlay(toElements(doc), doc, overlay), ...(emphasis?.ghosts ?? [])] : []),
    [doc, overlay, emphasis],
  );
  const actions = useMapActions({ controller, doc, panel, setPanel, canvas });

  const addActor = useCallback(() => setPanel({ mode: 'new-actor' }), []);
  const addRelation = useCallback(
    () => setPanel(panel.mode === 'actor' ? { mode: 'new-relation', from: panel.id } : { mode: 'new-relation' }),
    [panel],
  );
  const { undo, redo } = controller;
  const shortcuts = useMemo(
    () => ({
      addActor,
      addRelation,
      deleteSelection: actions.deleteSelection,
      undo: () => void undo(),
      redo: () => void redo(),
      fit: actions.fit,
      clearSelection: () => setPanel(OVERVIEW),
    }),
    [addActor, addRelation, actions, undo, redo],
  );
  useMapShortcuts(shortcuts);

  if (!controller.state) {
    return (
      <div className="map-screen map-screen-message">
        {controller.loadError?.code === 'locked' ? (
          <UnlockDialog mapId={id} onUnlocked={() => undefined} onCancel={onBack} />
        ) : controller.loadError ? (
          <div className="message-box" role="alert">
            <p>{t('map.notFound')}</p>
            <button type="button" onClick={onBack}>
              {t('map.back')}
            </button>
          </div>
        ) : (
          <p role="status">{t('map.loading')}</p>
        )}
      </div>
    );
  }

  const { canUndo, canRedo } = controller.state;
  const current = controller.state.doc;
  const view = MAP_VIEWS.find((v) => v.id === viewId);
  const showOnMap = (ids: readonly string[]): void => {
    setViewId(NETWORK_VIEW);
    const first = ids[0];
    if (first === undefined) return;
    setPanel(current.actors.some((a) => a.id === first) ? { mode: 'actor', id: first } : { mode: 'relation', id: first });
  };
  return (
    <div className="map-screen">
      <div className="map-bar">
        <h1 className="map-title">{current.name}</h1>
        <MapViewTabs views={MAP_VIEWS} current={viewId} onChange={setViewId} />
        <MapToolbar
          canUndo={canUndo}
          canRedo={canRedo}
          connectMode={connectMode}
          hasActors={current.actors.length > 0}
          onBack={onBack}
          onAddActor={addActor}
          onAddRelation={addRelation}
          onToggleConnect={() => setConnectMode(!connectMode)}
          onUndo={() => void undo()}
          onRedo={() => void redo()}
          onLayout={() => void actions.layout()}
          onFit={actions.fit}
        />
        <MapExchangeButtons doc={current} controller={controller} />
        <MapProtectButtons mapId={id} name={current.name} onLocked={onBack} />
      </div>
      {view ? (
        <div className="map-body map-body-view" role="tabpanel" aria-label={t(view.labelKey)}>
          <view.Component doc={current} controller={controller} showOnMap={showOnMap} />
        </div>
      ) : null}
      <div className="map-body" hidden={view !== undefined}>
        <div className="canvas-area">
          <GraphCanvas
            ref={canvas}
            elements={elements}
            selectedId={selectedIdOf(panel)}
            connectMode={connectMode}
            onEvent={actions.onCanvasEvent}
            label={t('map.canvasLabel', { name: current.name })}
            overlay={measureLegend}
            emphasis={emphasis}
          />
          <EmphasisNote mapId={id} emphasis={emphasis} />
          {current.actors.length === 0 ? <p className="canvas-hint">{t('map.emptyHint')}</p> : null}
          {connectMode ? (
            <p className="connect-hint" role="status">
              {t('map.connectHint')}
            </p>
          ) : null}
          <div className="legend-overlay" ref={legendRef}>
            <StanceControl
              doc={current}
              onMove={(moves) => void controller.run({ type: 'actors.move', moves }).then((done) => done && requestAnimationFrame(() => actions.fit()))}
            />
            <Legend doc={current} colourGroup={overlay.fieldId ? <StanceLegendGroup /> : undefined} />
          </div>
        </div>
        <SidePanel doc={current} panel={panel} actions={actions} />
      </div>
      <footer className="map-footer">
        <StatusLine actors={current.actors.length} relations={current.relations.length} />
        <p className="shortcuts">{t('map.shortcuts')}</p>
      </footer>
    </div>
  );
}
