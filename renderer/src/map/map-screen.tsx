import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { CanvasHandle } from '../graph/canvas-types';
import { toElements } from '../graph/elements';
import { GraphCanvas } from '../graph/graph-canvas';
import { Legend } from '../graph/legend';
import { EmphasisNote } from '../analysis/emphasis-note';
import { useMapEmphasis } from '../analysis/emphasis-store';
import { MapExchangeButtons } from '../exchange/map-exchange-buttons';
import { withOverlay } from '../forcefield/overlay-elements';
import { useOverlay } from '../forcefield/overlay-store';
import { StanceControl, StanceLegendGroup } from '../forcefield/stance-control';
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
import { ShortcutsHelp } from '../help/shortcuts-help';
import { QuickAddBox } from '../quick-add/quick-add-box';
import { useQuickAdd } from '../quick-add/use-quick-add';
import { FilterSummary } from '../reading/filter-summary';
import { ReadingBar } from '../reading/reading-bar';
import { marksFor, neighbourhood, PLAIN_READING, shownIds, type Reading } from '../reading/reading-model';
import { mapVocabulary, vocabularyRules } from '../vocabulary/map-vocabulary';
import { VocabularyContext } from '../vocabulary/vocabulary-context';
import { useToast } from '../feedback/toast-context';
import { LayoutPicker, type LayoutChoice } from '../layouts/layout-picker';
import { StarterDialog } from '../starter/starter-dialog';
import { useStarterAdd } from '../starter/use-starter-add';
import { enterFullScreen, leaveFullScreen, SESSION_RULES } from '../session/session-mode';
import { ClipboardBar } from '../clipboard/clipboard-bar';
import { useActorClipboard } from '../clipboard/use-actor-clipboard';
import type { CanvasEvent } from '../graph/canvas-types';
import { SaveStateNote } from './save-state-note';
import { MapContextMenu } from '../context-menu/map-context-menu';
import { heldClip } from '../clipboard/clipboard-store';
import { useSaveState } from './use-save-state';

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
  const quickAddRef = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<Reading>(PLAIN_READING);
  const [edgeLabels, setEdgeLabels] = useState(false);
  const [areaGroups, setAreaGroups] = useState(false);
  const [layoutChoice, setLayoutChoice] = useState<LayoutChoice>({ kind: 'force', keepPositions: false });
  const toast = useToast();
  const [starterOpen, setStarterOpen] = useState(false);
  const [session, setSession] = useState(false);
  // What the network view showed when the user left it, for "print the current view".
  const [viewport, setViewport] = useState<ReturnType<CanvasHandle['visibleExtent']>>(null);
  const switchView = (next: string): void => {
    if (viewId === NETWORK_VIEW && next !== NETWORK_VIEW) setViewport(canvas.current?.visibleExtent() ?? null);
    setViewId(next);
  };
  const legendRef = useRef<HTMLDivElement>(null);
  const measureLegend = useCallback(() => {
    const el = legendRef.current;
    // The overlay sits 12 px from the canvas edge; keep a little air beyond it.
    return el ? { width: el.offsetWidth + 24, height: el.offsetHeight + 24 } : null;
  }, []);
  const panel = resolvePanel(rawPanel, doc);
  // Actors added to the selection with Shift+click (besides the one in the panel), for copying.
  const [rawPicked, setPicked] = useState<readonly string[]>([]);
  const picked = useMemo(() => {
    const present = new Set(doc?.actors.map((a) => a.id) ?? []);
    const ids = rawPicked.filter((p) => present.has(p));
    return panel.mode === 'actor' && !ids.includes(panel.id) ? [panel.id, ...ids] : ids;
  }, [rawPicked, doc, panel]);
  const clipboard = useActorClipboard(controller, doc);
  const saveState = useSaveState(id, controller.state?.save, controller.state?.revision);
  const paste = useCallback(() => {
    void clipboard.paste().then((ids) => {
      if (ids.length === 0) return;
      setPicked(ids);
      const first = ids[0];
      if (first !== undefined) setPanel({ mode: 'actor', id: first });
    });
  }, [clipboard]);
  const emphasis = useMapEmphasis(id);
  const overlay = useOverlay();
  const elements = useMemo(
    () => (doc ? [...withOverlay(toElements(doc, { areaGroups }), doc, overlay), ...(emphasis?.ghosts ?? [])] : []),
    [doc, areaGroups, overlay, emphasis],
  );
  const actions = useMapActions({ controller, doc, panel, setPanel, canvas });
  const [menu, setMenu] = useState<Extract<CanvasEvent, { type: 'menu' }> | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  const onCanvasEvent = (event: CanvasEvent): void => {
    if (event.type === 'select' && event.group === 'nodes' && event.additive) {
      // Shift+click adds the actor to the chosen ones, or takes it off again.
      const next = picked.includes(event.id) ? picked.filter((p) => p !== event.id) : [...picked, event.id];
      setPicked(next);
      const last = next[next.length - 1];
      setPanel(last === undefined ? OVERVIEW : { mode: 'actor', id: last });
      return;
    }
    if (event.type === 'menu') {
      // The menu is about what was right-clicked: select it first (keeping a Shift+click choice).
      if (event.target && !picked.includes(event.target.id)) {
        setPicked([]);
        setPanel({ mode: event.target.group === 'nodes' ? 'actor' : 'relation', id: event.target.id });
      }
      setMenu(event);
      return;
    }
    if (event.type === 'select' || event.type === 'clear') setPicked([]);
    actions.onCanvasEvent(event);
  };
  const quickAdd = useQuickAdd({ controller, doc, setPanel, canvas });
  const addStarter = useStarterAdd(controller, canvas);
  const marks = useMemo(() => (doc ? marksFor(doc, reading) : undefined), [doc, reading]);
  // What the map shows under its filters, focus and folded groups (not the search): the other
  // views, such as printing, show the same. Null while nothing is left out.
  const visibleIds = useMemo(() => (doc ? shownIds(doc, marksFor(doc, { ...reading, search: '' })) : null), [doc, reading]);
  const vocabulary = useMemo(() => mapVocabulary(doc?.vocabulary, t), [doc?.vocabulary, t]);
  const extraStyle = useMemo(() => [...vocabularyRules(vocabulary), ...(session ? SESSION_RULES : [])], [vocabulary, session]);
  const edgeLabel = useMemo(() => (edgeLabels ? (kind: string) => vocabulary.relationLabel(kind) : null), [edgeLabels, vocabulary]);
  const changeReading = (next: Reading) => {
    setReading(next);
    // Entering focus, or changing its depth, brings the neighbourhood into view.
    if (doc && next.focus && (next.focus.id !== reading.focus?.id || next.focus.depth !== reading.focus.depth)) {
      canvas.current?.zoomTo([...neighbourhood(doc, next.focus.id, next.focus.depth)]);
    }
  };

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
      clearSelection: () => {
        setPicked([]);
        setPanel(OVERVIEW);
      },
      copy: () => clipboard.copy(picked),
      paste,
      contextMenu: () => {
        if (viewId !== NETWORK_VIEW || session) return;
        const target = panel.mode === 'actor' || panel.mode === 'relation' ? { group: panel.mode === 'actor' ? ('nodes' as const) : ('edges' as const), id: panel.id } : null;
        const own = target ? canvas.current?.menuPoint(target) : null;
        const point = own ?? canvas.current?.menuPoint(null);
        if (point) setMenu({ type: 'menu', target: own ? target : null, client: point.client, model: point.model });
      },
      focusQuickAdd: () => {
        setViewId(NETWORK_VIEW);
        quickAddRef.current?.focus();
      },
      showHelp: () => setHelpOpen(true),
      search: () => {
        setViewId(NETWORK_VIEW);
        searchRef.current?.focus();
        searchRef.current?.select();
      },
    }),
    [addActor, addRelation, actions, undo, redo, clipboard, picked, paste, viewId, session, panel],
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
  const runLayout = async (): Promise<void> => {
    // The plain force layout keeps its original path; the others (and 'keep my positions') animate.
    if (layoutChoice.kind === 'force' && !layoutChoice.keepPositions) return actions.layout();
    const unplaced = current.actors.filter((a) => a.position === null).map((a) => a.id);
    const movable = layoutChoice.keepPositions ? [...(panel.mode === 'actor' ? [panel.id] : []), ...unplaced] : null;
    if (movable && movable.length === 0) return toast.info(t('layouts.nothingToMove'));
    const areas = new Map(current.actors.map((a) => [a.id, a.area]));
    const moves = (await canvas.current?.layout({ kind: layoutChoice.kind, movable }, (id) => areas.get(id) ?? '')) ?? [];
    if (moves.length > 0 && (await controller.run({ type: 'actors.move', moves }))) toast.info(t('layouts.done'));
  };
  const view = MAP_VIEWS.find((v) => v.id === viewId);
  const showOnMap = (ids: readonly string[]): void => {
    setViewId(NETWORK_VIEW);
    const first = ids[0];
    if (first === undefined) return;
    setPanel(current.actors.some((a) => a.id === first) ? { mode: 'actor', id: first } : { mode: 'relation', id: first });
  };
  const menuActor = menu?.target?.group === 'nodes' ? current.actors.find((a) => a.id === menu.target?.id) : undefined;
  const menuLabel = menuActor
    ? t('contextMenu.actorMenu', { name: menuActor.name })
    : menu?.target?.group === 'edges'
      ? t('contextMenu.relationMenu')
      : t('contextMenu.canvasMenu');
  return (
    <VocabularyContext.Provider value={vocabulary}>
      <div className={session ? 'map-screen is-session' : 'map-screen'}>
        <div className="map-bar">
          <h1 className="map-title">{current.name}</h1>
          {session ? (
            <div className="toolbar session-bar" role="group" aria-label={t('session.label')}>
              <button type="button" onClick={() => void undo()} disabled={!canUndo}>
                {t('map.undo')}
              </button>
              <button type="button" onClick={actions.fit}>
                {t('map.fit')}
              </button>
              <button
                type="button"
                className="button-primary"
                onClick={() => {
                  setSession(false);
                  leaveFullScreen();
                }}
              >
                {t('session.end')}
              </button>
            </div>
          ) : (
            <>
            <MapViewTabs views={MAP_VIEWS} current={viewId} onChange={switchView} />
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
              onLayout={() => void runLayout()}
              onFit={actions.fit}
            />
            <LayoutPicker choice={layoutChoice} onChange={setLayoutChoice} />
            <MapExchangeButtons doc={current} controller={controller} />
            <MapProtectButtons mapId={id} name={current.name} onLocked={onBack} />
              <button
                type="button"
                onClick={() => {
                  setSession(true);
                  setViewId(NETWORK_VIEW);
                  setPanel(OVERVIEW);
                  enterFullScreen();
                }}
              >
                {t('session.start')}
              </button>
            </>
          )}
        </div>
        {view ? (
          <div className="map-body map-body-view" role="tabpanel" aria-label={t(view.labelKey)}>
            <view.Component doc={current} controller={controller} showOnMap={showOnMap} visibleIds={visibleIds} viewport={viewport} />
          </div>
        ) : null}
        <div className="map-body" hidden={view !== undefined}>
          <div className="canvas-area" onContextMenu={(e) => e.preventDefault()}>
            {session ? null : <QuickAddBox actors={current.actors} onAdd={quickAdd} inputRef={quickAddRef} />}
            <GraphCanvas
              ref={canvas}
              elements={elements}
              selectedId={selectedIdOf(panel)}
              connectMode={connectMode}
              onEvent={onCanvasEvent}
              alsoSelected={picked}
              label={t('map.canvasLabel', { name: current.name })}
              overlay={measureLegend}
              marks={marks}
              edgeLabel={edgeLabel}
              extraStyle={extraStyle}
              emphasis={emphasis}
            />
            <EmphasisNote mapId={id} emphasis={emphasis} />
            {session ? null : (
            <ReadingBar
              doc={current}
              reading={reading}
              onChange={changeReading}
              selectedActor={panel.mode === 'actor' ? panel.id : null}
              edgeLabels={edgeLabels}
              onEdgeLabels={setEdgeLabels}
              onZoomTo={(ids) => canvas.current?.zoomTo(ids)}
              areaGroups={areaGroups}
              onAreaGroups={setAreaGroups}
              searchRef={searchRef}
            />
            )}
            {current.actors.length === 0 ? <p className="canvas-hint">{t('map.emptyHint')}</p> : null}
            {current.actors.length === 0 ? (
              <button type="button" className="starter-open button-primary" onClick={() => setStarterOpen(true)}>
                {t('starter.open')}
              </button>
            ) : null}
            {connectMode ? (
              <p className="connect-hint" role="status">
                {t('map.connectHint')}
              </p>
            ) : null}
            <div className="legend-overlay" ref={legendRef}>
              {marks ? <FilterSummary doc={current} reading={reading} marks={marks} onChange={changeReading} /> : null}
              <StanceControl
                doc={current}
                onMove={(moves) => void controller.run({ type: 'actors.move', moves }).then((done) => done && requestAnimationFrame(() => actions.fit()))}
              />
              <Legend doc={current} colourGroup={overlay.fieldId ? <StanceLegendGroup /> : undefined} />
            </div>
          </div>
          {session ? null : <SidePanel doc={current} panel={panel} actions={actions} />}
        </div>
        <footer className="map-footer">
          <StatusLine actors={current.actors.length} relations={current.relations.length} />
          <SaveStateNote state={saveState} />
          {session ? null : <ClipboardBar picked={picked.length} onCopy={() => clipboard.copy(picked)} onPaste={paste} />}
          <p className="shortcuts">{t('map.shortcuts')}</p>
          <button type="button" className="button-link button-small" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
            {t('help.open')}
          </button>
        </footer>
        {menu ? (
          <MapContextMenu
            target={menu.target}
            at={menu.client}
            label={menuLabel}
            onClose={closeMenu}
            context={{ canPaste: heldClip() !== null, hasActors: current.actors.length > 0 }}
            handlers={{
          editActor: (actorId) => setPanel({ mode: 'actor', id: actorId }),
          connectFrom: (actorId) => setPanel({ mode: 'new-relation', from: actorId }),
          focusOn: (actorId) => changeReading({ ...reading, focus: { id: actorId, depth: reading.focus?.depth ?? 1 } }),
          copyActor: (actorId) => clipboard.copy(picked.includes(actorId) ? picked : [actorId]),
          removeActor: (actorId) => {
            const actor = current.actors.find((a) => a.id === actorId);
            if (actor) actions.removeActor(actor);
          },
          editRelation: (relationId) => setPanel({ mode: 'relation', id: relationId }),
          removeRelation: (relationId) => {
            const relation = current.relations.find((r) => r.id === relationId);
            if (relation) actions.removeRelation(relation);
          },
          addActorHere: () => setPanel({ mode: 'new-actor', at: menu.model }),
          paste,
          fit: actions.fit,
          layout: () => void runLayout(),
        }}
          />
        ) : null}
        {helpOpen ? <ShortcutsHelp onClose={() => setHelpOpen(false)} /> : null}
        {starterOpen ? <StarterDialog onAdd={addStarter} onClose={() => setStarterOpen(false)} /> : null}
      </div>
    </VocabularyContext.Provider>
  );
}
