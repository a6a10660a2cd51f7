import type { Dispatch, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { EmphasisNote } from '../analysis/emphasis-note';
import { StanceControl, StanceLegendGroup } from '../forcefield/stance-control';
import type { CanvasEvent, CanvasHandle } from '../graph/canvas-types';
import type { CanvasEmphasis } from '../graph/emphasis';
import { GraphCanvas } from '../graph/graph-canvas';
import { Legend } from '../graph/legend';
import { QuickAddBox } from '../quick-add/quick-add-box';
import { useQuickAdd } from '../quick-add/use-quick-add';
import { FilterSummary } from '../reading/filter-summary';
import { ReadingBar } from '../reading/reading-bar';
import type { Reading } from '../reading/reading-model';
import { MapDock } from './map-dock';
import type { MapScreenAction, MapScreenState } from './map-screen-state';
import { selectedIdOf } from './panel';
import { SidePanel } from './side-panel';
import type { MapActions } from './use-map-actions';
import type { MapController } from './use-map-state';
import type { ScreenView } from './use-screen-view';

/** Props of the network tab's body: the map, the screen state, and what the canvas and panels do. */
export interface MapWorkspaceProps {
  readonly hidden: boolean;
  readonly mapId: string;
  readonly doc: MapDocument;
  readonly controller: MapController;
  readonly screen: MapScreenState;
  readonly dispatch: Dispatch<MapScreenAction>;
  readonly view: ScreenView;
  readonly emphasis: CanvasEmphasis | null;
  readonly canvas: RefObject<CanvasHandle | null>;
  readonly actions: MapActions;
  readonly onCanvasEvent: (event: CanvasEvent) => void;
  readonly onReading: (reading: Reading) => void;
  readonly refs: {
    readonly quickAdd: RefObject<HTMLInputElement | null>;
    readonly search: RefObject<HTMLInputElement | null>;
    readonly panelBody: RefObject<HTMLDivElement | null>;
  };
}

/**
 * The network tab: the left panel (quick-add, search and filters, notes, legend), the canvas and
 * the side panel side by side. Nothing lies over the canvas but the hints of an empty map and
 * connect mode, so every actor it draws can be seen.
 */
export function MapWorkspace({ hidden, mapId, doc, controller, screen, dispatch, view, emphasis, canvas, actions, onCanvasEvent, onReading, refs }: MapWorkspaceProps) {
  const { t } = useTranslation();
  const { panel, session, reading } = screen;
  const setPanel = (next: typeof panel) => dispatch({ type: 'panel', panel: next });
  const quickAdd = useQuickAdd({ controller, doc, setPanel, canvas });
  const empty = doc.actors.length === 0;
  return (
    <div className="map-body" hidden={hidden}>
      {session ? null : (
        <MapDock open={screen.dockOpen} onOpen={(open) => dispatch({ type: 'dock', open })}>
          <QuickAddBox actors={doc.actors} onAdd={quickAdd} inputRef={refs.quickAdd} />
          <ReadingBar
            doc={doc}
            reading={reading}
            onChange={onReading}
            selectedActor={panel.mode === 'actor' ? panel.id : null}
            edgeLabels={screen.edgeLabels}
            onEdgeLabels={(on) => dispatch({ type: 'edge-labels', on })}
            onZoomTo={(ids) => canvas.current?.zoomTo(ids)}
            areaGroups={screen.areaGroups}
            onAreaGroups={(on) => dispatch({ type: 'area-groups', on })}
            searchRef={refs.search}
          />
          {view.marks ? <FilterSummary doc={doc} reading={reading} marks={view.marks} onChange={onReading} /> : null}
          <EmphasisNote mapId={mapId} emphasis={emphasis} />
          <StanceControl
            doc={doc}
            onMove={(moves) => void controller.run({ type: 'actors.move', moves }).then((done) => done && requestAnimationFrame(() => actions.fit()))}
          />
          <Legend doc={doc} colourGroup={view.overlay.fieldId ? <StanceLegendGroup /> : undefined} />
        </MapDock>
      )}
      <div className="canvas-area" onContextMenu={(e) => e.preventDefault()}>
        {screen.connectMode ? (
          <p className="connect-hint" role="status">
            {t('map.connectHint')}
          </p>
        ) : null}
        <div className="canvas-frame">
          <GraphCanvas
            ref={canvas}
            elements={view.elements}
            selectedId={selectedIdOf(panel)}
            connectMode={screen.connectMode}
            onEvent={onCanvasEvent}
            alsoSelected={screen.picked}
            label={t('map.canvasLabel', { name: doc.name })}
            marks={view.marks}
            edgeLabel={view.edgeLabel}
            extraStyle={view.extraStyle}
            emphasis={emphasis}
          />
          {empty ? <p className="canvas-hint">{t('map.emptyHint')}</p> : null}
          {empty ? (
            <button type="button" className="starter-open button-primary" onClick={() => dispatch({ type: 'dialog', dialog: 'starter' })}>
              {t('starter.open')}
            </button>
          ) : null}
        </div>
      </div>
      {session ? null : <SidePanel doc={doc} panel={panel} actions={actions} bodyRef={refs.panelBody} shown={!hidden} />}
    </div>
  );
}
