import { useCallback, useMemo, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { CanvasEvent, CanvasHandle } from '../graph/canvas-types';
import { useMapEmphasis } from '../analysis/emphasis-store';
import { useActorClipboard } from '../clipboard/use-actor-clipboard';
import { ShortcutsHelp } from '../help/shortcuts-help';
import { UnlockDialog } from '../protect/unlock-dialog';
import { neighbourhood, type Reading } from '../reading/reading-model';
import { enterFullScreen, leaveFullScreen } from '../session/session-mode';
import { StarterDialog } from '../starter/starter-dialog';
import { useStarterAdd } from '../starter/use-starter-add';
import { VocabularyContext } from '../vocabulary/vocabulary-context';
import { MapBar } from './map-bar';
import { INITIAL_SCREEN, mapScreenReducer } from './map-screen-state';
import { MapFooter } from './map-footer';
import { MapWorkspace } from './map-workspace';
import { NETWORK_VIEW } from './map-view-tabs';
import { MAP_VIEWS } from './map-views';
import { OVERVIEW, type Panel } from './panel';
import { ScreenContextMenu } from './screen-context-menu';
import { useLayoutRunner } from './use-layout-runner';
import { useMapActions } from './use-map-actions';
import { useMapState } from './use-map-state';
import { useSaveState } from './use-save-state';
import { useScreenShortcuts } from './use-screen-shortcuts';
import { useScreenView } from './use-screen-view';
import { STEP_FACTOR } from '../graph/wheel-zoom';

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

/** One map: bar with tabs and toolbar, then the left panel, the canvas and the side panel, and a status line. */
export function MapScreen({ id, onBack, onLoaded }: MapScreenProps) {
  const { t } = useTranslation();
  const controller = useMapState(id, onLoaded);
  const doc = controller.state?.doc ?? null;
  const [raw, dispatch] = useReducer(mapScreenReducer, INITIAL_SCREEN);
  const panel = resolvePanel(raw.panel, doc);
  const canvas = useRef<CanvasHandle | null>(null);
  const quickAddRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const panelBody = useRef<HTMLDivElement>(null);
  // Actors added to the selection with Shift+click (besides the one in the panel), for copying.
  const picked = useMemo(() => {
    const present = new Set(doc?.actors.map((a) => a.id) ?? []);
    const ids = raw.picked.filter((p) => present.has(p));
    return panel.mode === 'actor' && !ids.includes(panel.id) ? [panel.id, ...ids] : ids;
  }, [raw.picked, doc, panel]);
  const screen = { ...raw, panel, picked };
  const setPanel = useCallback((next: Panel) => dispatch({ type: 'panel', panel: next }), []);
  const clipboard = useActorClipboard(controller, doc);
  const saveState = useSaveState(id, controller.state?.save, controller.state?.revision);
  const paste = useCallback(() => {
    void clipboard.paste().then((ids) => {
      const first = ids[0];
      if (first !== undefined) dispatch({ type: 'pick', picked: ids, panel: { mode: 'actor', id: first } });
    });
  }, [clipboard]);
  const copyPicked = useCallback(() => clipboard.copy(picked), [clipboard, picked]);
  const emphasis = useMapEmphasis(id);
  const actions = useMapActions({ controller, doc, panel, setPanel, canvas });
  const runLayout = useLayoutRunner({ controller, doc, panel, actions, canvas });
  const addStarter = useStarterAdd(controller, canvas);
  const view = useScreenView(doc, screen, emphasis);
  const { undo, redo } = controller;
  const undoNow = useCallback(() => void undo(), [undo]);
  const redoNow = useCallback(() => void redo(), [redo]);
  useScreenShortcuts({ screen, dispatch, canvas, actions, undo: undoNow, redo: redoNow, copy: copyPicked, paste, panelBody, quickAdd: quickAddRef, search: searchRef });

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

  const current = controller.state.doc;
  const onCanvasEvent = (event: CanvasEvent): void => {
    if (event.type === 'select' && event.group === 'nodes' && event.additive) {
      // Shift+click adds the actor to the chosen ones, or takes it off again.
      const next = picked.includes(event.id) ? picked.filter((p) => p !== event.id) : [...picked, event.id];
      const last = next[next.length - 1];
      dispatch({ type: 'pick', picked: next, panel: last === undefined ? OVERVIEW : { mode: 'actor', id: last } });
      return;
    }
    if (event.type === 'menu') {
      // The menu is about what was right-clicked: select it first (keeping a Shift+click choice).
      if (event.target && !picked.includes(event.target.id)) {
        dispatch({ type: 'pick', picked: [], panel: { mode: event.target.group === 'nodes' ? 'actor' : 'relation', id: event.target.id } });
      }
      dispatch({ type: 'menu', menu: event });
      return;
    }
    if (event.type === 'select' || event.type === 'clear') dispatch({ type: 'pick', picked: [], panel });
    actions.onCanvasEvent(event);
  };
  const changeReading = (next: Reading): void => {
    const before = screen.reading.focus;
    dispatch({ type: 'reading', reading: next });
    // Entering focus, or changing its depth, brings the neighbourhood into view.
    if (next.focus && (next.focus.id !== before?.id || next.focus.depth !== before.depth)) {
      canvas.current?.zoomTo([...neighbourhood(current, next.focus.id, next.focus.depth)]);
    }
  };
  const switchView = (next: string): void => dispatch({ type: 'view', view: next, leaving: canvas.current?.visibleExtent() ?? null });
  const setSession = (on: boolean): void => {
    dispatch({ type: 'session', on });
    if (on) enterFullScreen();
    else leaveFullScreen();
  };
  const extraView = MAP_VIEWS.find((v) => v.id === screen.view);
  const showOnMap = (ids: readonly string[]): void => {
    dispatch({ type: 'view', view: NETWORK_VIEW });
    const first = ids[0];
    if (first !== undefined) setPanel(current.actors.some((a) => a.id === first) ? { mode: 'actor', id: first } : { mode: 'relation', id: first });
  };
  return (
    <VocabularyContext.Provider value={view.vocabulary}>
      <div className={screen.session ? 'map-screen is-session' : 'map-screen'}>
        <MapBar
          mapId={id}
          doc={current}
          controller={controller}
          view={screen.view}
          onView={switchView}
          session={screen.session}
          onSession={setSession}
          onBack={onBack}
          toolbar={{
            canUndo: controller.state.canUndo,
            canRedo: controller.state.canRedo,
            connectMode: screen.connectMode,
            hasActors: current.actors.length > 0,
            mapTools: screen.view === NETWORK_VIEW,
            onAddActor: () => setPanel({ mode: 'new-actor' }),
            onAddRelation: () => setPanel(panel.mode === 'actor' ? { mode: 'new-relation', from: panel.id } : { mode: 'new-relation' }),
            onToggleConnect: () => dispatch({ type: 'connect-mode', on: !screen.connectMode }),
            onUndo: undoNow,
            onRedo: redoNow,
            onZoomIn: () => canvas.current?.zoomBy(STEP_FACTOR),
            onZoomOut: () => canvas.current?.zoomBy(1 / STEP_FACTOR),
            onFit: actions.fit,
            layout: {
              choice: screen.layout,
              onApply: (choice) => {
                dispatch({ type: 'layout', layout: choice });
                void runLayout(choice);
              },
              onKeepPositions: (keep) => dispatch({ type: 'layout', layout: { ...screen.layout, keepPositions: keep } }),
            },
          }}
        />
        {extraView ? (
          <div className="map-body map-body-view" role="tabpanel" aria-label={t(extraView.labelKey)}>
            <extraView.Component doc={current} controller={controller} showOnMap={showOnMap} visibleIds={view.visibleIds} viewport={screen.viewport} />
          </div>
        ) : null}
        <MapWorkspace
          hidden={extraView !== undefined}
          mapId={id}
          doc={current}
          controller={controller}
          screen={screen}
          dispatch={dispatch}
          view={view}
          emphasis={emphasis}
          canvas={canvas}
          actions={actions}
          onCanvasEvent={onCanvasEvent}
          onReading={changeReading}
          refs={{ quickAdd: quickAddRef, search: searchRef, panelBody }}
        />
        <MapFooter doc={current} saveState={saveState} session={screen.session} picked={picked.length} onCopy={copyPicked} onPaste={paste} onHelp={() => dispatch({ type: 'dialog', dialog: 'help' })} />
        {screen.menu ? (
          <ScreenContextMenu
            menu={screen.menu}
            doc={current}
            picked={picked}
            dispatch={dispatch}
            actions={actions}
            copy={clipboard.copy}
            paste={paste}
            focusOn={(actorId) => changeReading({ ...screen.reading, focus: { id: actorId, depth: screen.reading.focus?.depth ?? 1 } })}
            layout={() => void runLayout(screen.layout)}
          />
        ) : null}
        {screen.dialog === 'help' ? <ShortcutsHelp onClose={() => dispatch({ type: 'dialog', dialog: null })} /> : null}
        {screen.dialog === 'starter' ? <StarterDialog onAdd={addStarter} onClose={() => dispatch({ type: 'dialog', dialog: null })} /> : null}
      </div>
    </VocabularyContext.Provider>
  );
}
