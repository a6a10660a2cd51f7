import type { Core, NodeSingular } from 'cytoscape';
import type { Position } from '../../../shared/domain/map-document';
import { canvasRenderer, internalsReport, type InternalPart } from './cytoscape-internals';
import { actorBoxes, panelBoxes } from './panel-boxes';
import { actorsUnderPanels, type CoveredActor } from './panel-overlap';

/**
 * A read-only window into the canvas for end-to-end tests: where an actor's node is drawn, so a
 * test can drag it with the real mouse. It exposes nothing the user cannot already see.
 */
export interface CanvasTestHook {
  /** Page coordinates of the centre of the node of the actor with this name, or null. */
  renderedPosition(name: string): Position | null;
  /** Model (document) coordinates of that node, or null. */
  position(name: string): Position | null;
  /** Starts recording the time of every frame the renderer draws (canvas or WebGL). */
  recordFrames(): void;
  /** The frame times (performance.now) recorded since `recordFrames`. */
  frameTimes(): number[];
  /** The visual state classes of that node (faded, hidden, search match, highlighted), or null. */
  classes(name: string): string[] | null;
  /** The label of the group node this actor's node sits in, or null at top level. */
  parentLabel(name: string): string | null;
  /** How many relations the canvas holds and shows (not hidden by a filter). */
  drawnEdges(): number;
  /** How many relations are drawn with their label. */
  labelledEdges(): number;
  /** The zoom level of the canvas (1 = 100 %). */
  zoom(): number;
  /** Which Cytoscape internals this canvas found (see cytoscape-internals.ts): the upgrade canary. */
  internals(): Record<InternalPart, boolean>;
  /** The visible actors whose node or label lies under a panel, a toast or outside the canvas. */
  actorsUnderPanels(): CoveredActor[];
  /** How many actors are drawn (visible actor nodes). */
  drawnActors(): number;
}

declare global {
  interface Window {
    __wijkwebCanvas?: CanvasTestHook;
  }
}

function nodeByName(cy: Core, name: string): NodeSingular | null {
  const node = cy
    .nodes()
    .filter((n) => n.data('label') === name)
    .nodes()
    .first();
  return node.empty() ? null : node;
}

/** Installs the hook for this canvas; returns a function that removes it again. */
export function installTestHook(cy: Core, container: HTMLElement): () => void {
  let frames: number[] = [];
  let wrapped = false;
  const hook: CanvasTestHook = {
    recordFrames() {
      frames = [];
      if (wrapped) return;
      // Both renderers draw through `render`; the WebGL one emits no 'render' events.
      const renderer = canvasRenderer(cy);
      if (!renderer?.render) return;
      const draw = renderer.render.bind(renderer);
      renderer.render = (options) => {
        const result = draw(options);
        frames.push(performance.now());
        return result;
      };
      wrapped = true;
    },
    frameTimes() {
      return [...frames];
    },
    renderedPosition(name) {
      const node = nodeByName(cy, name);
      if (!node) return null;
      const rp = node.renderedPosition();
      const box = container.getBoundingClientRect();
      return { x: box.left + window.scrollX + rp.x, y: box.top + window.scrollY + rp.y };
    },
    position(name) {
      const node = nodeByName(cy, name);
      if (!node) return null;
      const p = node.position();
      return { x: p.x, y: p.y };
    },
    classes(name) {
      const node = nodeByName(cy, name);
      return node ? node.classes().filter((c) => c.startsWith('is-')) : null;
    },
    parentLabel(name) {
      const node = nodeByName(cy, name);
      const parent = node?.parent();
      return parent && parent.nonempty() ? String(parent.data('label')) : null;
    },
    drawnEdges() {
      return cy.edges(':visible').length;
    },
    labelledEdges() {
      return cy.edges('.with-label').length;
    },
    zoom() {
      return cy.zoom();
    },
    internals() {
      return internalsReport(cy);
    },
    actorsUnderPanels() {
      return actorsUnderPanels(actorBoxes(cy, container), panelBoxes(container));
    },
    drawnActors() {
      return actorBoxes(cy, container).length;
    },
  };
  window.__wijkwebCanvas = hook;
  return () => {
    if (window.__wijkwebCanvas === hook) delete window.__wijkwebCanvas;
  };
}
