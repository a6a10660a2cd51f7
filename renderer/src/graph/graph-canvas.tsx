import type { Core, EdgeHandlesInstance, StylesheetStyle } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { ActorMove } from '../../../shared/commands/command';
import type { Position } from '../../../shared/domain/map-document';
import { applyDiff } from './apply-diff';
import { bindCanvasEvents } from './canvas-events';
import type { CanvasEvent, CanvasHandle } from './canvas-types';
import { createCy, fitBox, fitView } from './cy-setup';
import { diffElements, isEmptyDiff, withPositions } from './diff';
import type { GraphElement } from './elements';
import { applyEmphasis, type CanvasEmphasis } from './emphasis';
import { LayoutProgress, type LayoutPhase } from './large-layout/layout-progress';
import { usesLargeLayout } from './large-layout/on-canvas';
import { placeUnplaced, runLayout } from './layout';
import { applyViewportFlags, cytoscapeRenderOptions } from './level-of-detail/apply-render';
import { chooseRenderOptions, GL_NOT_ASKED, needsGlInfo, type RenderChoice } from './level-of-detail/choose-render';
import { detectGl } from './level-of-detail/detect-gl';
import { drawFarDashesSolid } from './level-of-detail/far-dashes';
import { indexHitTest } from './level-of-detail/indexed-hit-test';
import { readRenderOverride, withOverride } from './level-of-detail/override';
import { syncStylesheet } from './stylesheet-sync';
import { applyLabelSides } from './label-sides';
import { actorToward, revealNode } from './canvas-keys';
import { installTestHook } from './test-hook';
import { installWheelZoom, zoomAround } from './wheel-zoom';
import { runChosenLayout } from '../layouts/run-chosen-layout';
import { applyMarks, highlightNeighbours } from '../reading/apply-marks';
import type { Marks } from '../reading/reading-model';
import { zoomToNodes } from '../reading/zoom-to';

/** Props of the canvas: what to show, what is selected, and where to report gestures. */
export interface GraphCanvasProps {
  readonly elements: readonly GraphElement[];
  readonly selectedId: string | null;
  /** Edge drawing (cytoscape-edgehandles draw mode): dragging from a node draws a relation. */
  readonly connectMode: boolean;
  readonly onEvent: (event: CanvasEvent) => void;
  /** Accessible name of the canvas region. */
  readonly label: string;
  /** What to fade, hide and highlight (filters, focus, search). */
  readonly marks?: Marks;
  /** Shows the relation kind on each edge when given (labels on demand). */
  readonly edgeLabel?: ((kind: string) => string) | null;
  /** Extra style rules (the map's own colours), placed before the selection rules. */
  readonly extraStyle?: readonly StylesheetStyle[];
  readonly ref?: Ref<CanvasHandle>;
  /** A temporary layer (analysis sizes/colours, comparison marks); null for the plain map. */
  readonly emphasis?: CanvasEmphasis | null;
  /** Further chosen actors (Shift+click), drawn as selected too. */
  readonly alsoSelected?: readonly string[];
}

const NO_RULES: readonly StylesheetStyle[] = [];

function countActors(elements: readonly GraphElement[]): number {
  let n = 0;
  for (const element of elements) if (element.group === 'nodes') n += 1;
  return n;
}

/** How to draw a map of this many actors on this machine (the benchmark may force a renderer). */
function renderChoice(actors: number) {
  const override = readRenderOverride();
  const gl = override === null && !needsGlInfo(actors) ? GL_NOT_ASKED : detectGl();
  return withOverride(chooseRenderOptions(actors, gl), override);
}

function movesToMap(moves: readonly ActorMove[]): Map<string, Position> {
  const map = new Map<string, Position>();
  for (const m of moves) if (m.position) map.set(m.id, m.position);
  return map;
}

/**
 * The network canvas. It owns one Cytoscape instance, created on mount and destroyed on unmount,
 * and keeps it in step with `elements` by diffing (applied in one `cy.batch`). Cytoscape is never
 * React state; React only decides what should be shown and what is selected.
 */
export function GraphCanvas({ elements, selectedId, connectMode, onEvent, label, marks, edgeLabel, extraStyle, ref, emphasis = null, alsoSelected }: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlesRef = useRef<EdgeHandlesInstance | null>(null);
  /** What the canvas shows now (the last applied elements, plus positions the user dragged). */
  const shownRef = useRef<readonly GraphElement[]>([]);
  const fittedRef = useRef(false);
  const onEventRef = useRef(onEvent);
  const selectedRef = useRef(selectedId);
  /** The elements at mount, read once to pick the renderer. */
  const elementsRef = useRef(elements);
  /** How the map is drawn now (it follows the map's size). */
  const choiceRef = useRef<RenderChoice | null>(null);
  /** A large layout in a worker: its progress and how to stop it; null when none runs. */
  const [largeLayout, setLargeLayout] = useState<{ fraction: number; actors: number; phase: LayoutPhase } | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => {
    onEventRef.current = onEvent;
  }, [onEvent]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    // Before Cytoscape binds its own wheel handler, so this one runs first and replaces it.
    const removeWheelZoom = installWheelZoom(container, () => cyRef.current);
    // The renderer is chosen once, for the map as it opens; the simplifications follow its size.
    const cy = createCy(container, cytoscapeRenderOptions(renderChoice(countActors(elementsRef.current))));
    cyRef.current = cy;
    drawFarDashesSolid(cy);
    handlesRef.current = cy.edgehandles({
      snap: false,
      hoverDelay: 0,
      canConnect: (source, target) => !source.same(target) && !target.hasClass('eh-ghost'),
      edgeParams: () => ({}),
    });
    const unbind = bindCanvasEvents(
      cy,
      (event) => onEventRef.current(event),
      (moves) => {
        shownRef.current = withPositions(shownRef.current, movesToMap(moves));
        applyLabelSides(cy);
      },
    );
    const removeHook = installTestHook(cy, container);
    // Finding the element under the pointer otherwise tests every element (~130 ms at 5 000 actors).
    const removeHitIndex = indexHitTest(cy);
    // Hovering an actor brings it and its neighbours forward; leaving it shows the selection again
    // (not on big maps: see RenderChoice.hoverHighlight).
    cy.on('mouseover', 'node', (e) => {
      if (choiceRef.current?.hoverHighlight !== false) highlightNeighbours(cy, e.target.id(), true);
    });
    cy.on('mouseout', 'node', () => {
      if (choiceRef.current?.hoverHighlight !== false) highlightNeighbours(cy, selectedRef.current, false);
    });
    // When the canvas changes size (a panel folds, the window resizes) the middle of the view stays put.
    let size = { width: container.clientWidth, height: container.clientHeight };
    const resize = new ResizeObserver(() => {
      const next = { width: container.clientWidth, height: container.clientHeight };
      cy.resize();
      // Hidden (another tab): nothing to keep; back in view, the size before hiding still counts.
      if (next.width === 0 || next.height === 0) return;
      if (size.width > 0 && size.height > 0) cy.panBy({ x: (next.width - size.width) / 2, y: (next.height - size.height) / 2 });
      size = next;
    });
    resize.observe(container);
    return () => {
      resize.disconnect();
      removeWheelZoom();
      removeHitIndex();
      removeHook();
      unbind();
      handlesRef.current?.destroy();
      handlesRef.current = null;
      abortRef.current?.abort();
      cy.destroy();
      cyRef.current = null;
      shownRef.current = [];
      fittedRef.current = false;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // Styles first, so that new elements are styled once (setting a stylesheet restyles all);
    // the simplifications follow the map's size.
    const choice = renderChoice(countActors(elements));
    choiceRef.current = choice;
    applyViewportFlags(cy, choice);
    syncStylesheet(cy, extraStyle ?? NO_RULES, choice);
    const diff = diffElements(shownRef.current, elements);
    if (!isEmptyDiff(diff)) {
      applyDiff(cy, diff);
      applyLabelSides(cy);
    }
    shownRef.current = elements;
    if (!fittedRef.current && elements.length > 0) {
      fitView(cy);
      fittedRef.current = true;
      // A map imported without positions gets the network layout at once (stored as one move).
      void placeUnplaced(cy).then((moves) => {
        if (moves.length === 0 || cy.destroyed()) return;
        shownRef.current = withPositions(shownRef.current, movesToMap(moves));
        applyLabelSides(cy);
        fitView(cy);
        onEventRef.current({ type: 'moved', moves });
      });
    }
  }, [elements, extraStyle]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$('.is-selected').removeClass('is-selected');
      if (selectedId) cy.getElementById(selectedId).addClass('is-selected');
      for (const id of alsoSelected ?? []) cy.getElementById(id).addClass('is-selected');
    });
    selectedRef.current = selectedId;
    highlightNeighbours(cy, selectedId, false);
  }, [selectedId, elements, alsoSelected]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyMarks(cy, marks, edgeLabel);
  }, [marks, edgeLabel, elements]);

  const emphasisRef = useRef<CanvasEmphasis | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyEmphasis(cy, emphasisRef.current, emphasis);
    emphasisRef.current = emphasis;
  }, [emphasis, elements]);

  useEffect(() => {
    const handles = handlesRef.current;
    if (!handles) return;
    if (connectMode) handles.enableDrawMode();
    else handles.disableDrawMode();
  }, [connectMode]);

  useImperativeHandle(
    ref,
    (): CanvasHandle => ({
      fit() {
        if (cyRef.current) fitView(cyRef.current);
      },
      async layout(request, areaOf) {
        const cy = cyRef.current;
        if (!cy || abortRef.current) return [];
        const actors = cy.nodes().not('.eh-ghost').length;
        const abort = new AbortController();
        abortRef.current = abort;
        if (!request && usesLargeLayout(actors)) setLargeLayout({ fraction: 0, actors, phase: 'computing' });
        let moves: ActorMove[];
        try {
          moves = request
            ? await runChosenLayout(cy, request, areaOf ?? (() => ''))
            : await runLayout(cy, {
                signal: abort.signal,
                onProgress: (fraction) => setLargeLayout({ fraction, actors, phase: 'computing' }),
                onApplying: (fraction) => setLargeLayout({ fraction, actors, phase: 'applying' }),
                fitBox: (box) => fitBox(cy, box),
              });
        } finally {
          abortRef.current = null;
          setLargeLayout(null);
        }
        if (moves.length === 0 || cy.destroyed()) return [];
        shownRef.current = withPositions(shownRef.current, movesToMap(moves));
        applyLabelSides(cy);
        if (!request?.movable) fitView(cy);
        return moves;
      },
      zoomTo(ids) {
        const cy = cyRef.current;
        if (!cy) return;
        const wanted = new Set(ids);
        const eles = cy.nodes().filter((n) => wanted.has(n.id()));
        zoomToNodes(cy, eles);
      },
      viewportCentre() {
        const cy = cyRef.current;
        if (!cy) return { x: 0, y: 0 };
        const e = cy.extent();
        return { x: e.x1 + e.w / 2, y: e.y1 + e.h / 2 };
      },
      zoomBy(factor) {
        const cy = cyRef.current;
        if (cy) zoomAround(cy, factor, { x: cy.width() / 2, y: cy.height() / 2 });
      },
      actorToward(fromId, direction) {
        const cy = cyRef.current;
        return cy ? actorToward(cy, fromId, direction) : null;
      },
      reveal(id) {
        const cy = cyRef.current;
        if (cy) revealNode(cy, id);
      },
      visibleExtent() {
        const cy = cyRef.current;
        if (!cy || cy.width() <= 0 || cy.height() <= 0) return null;
        const e = cy.extent();
        return { x: e.x1, y: e.y1, width: e.w, height: e.h };
      },
      focus() {
        containerRef.current?.focus();
      },
      menuPoint(target) {
        const cy = cyRef.current;
        const container = containerRef.current;
        if (!cy || !container) return null;
        const rect = container.getBoundingClientRect();
        const pan = cy.pan();
        const zoom = cy.zoom();
        let rendered = { x: cy.width() / 2, y: cy.height() / 2 };
        if (target) {
          const el = cy.getElementById(target.id);
          if (el.empty() || !el.visible()) return null;
          rendered = target.group === 'edges' ? cy.edges().getElementById(target.id).renderedMidpoint() : el.renderedPosition();
        }
        return {
          client: { x: rect.left + rendered.x, y: rect.top + rendered.y },
          model: { x: (rendered.x - pan.x) / zoom, y: (rendered.y - pan.y) / zoom },
        };
      },
    }),
    [],
  );

  return (
    <>
      <div
        ref={containerRef}
        className={connectMode ? 'graph-canvas is-connecting' : 'graph-canvas'}
        role="region"
        aria-label={label}
        tabIndex={0}
        // A click on the map gives it the keyboard (arrows move between actors, Enter opens one).
        onPointerDown={() => containerRef.current?.focus({ preventScroll: true })}
        data-testid="graph-canvas"
      />
      {largeLayout ? (
        <LayoutProgress fraction={largeLayout.fraction} actors={largeLayout.actors} phase={largeLayout.phase} onCancel={() => abortRef.current?.abort()} />
      ) : null}
    </>
  );
}
