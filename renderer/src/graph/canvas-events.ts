import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { ActorMove } from '../../../shared/commands/command';
import type { CanvasEvent } from './canvas-types';
import { settlePositions } from './layout';

/** Tells whether an extension's event argument is a Cytoscape element (it arrives untyped). */
function isElement(value: unknown): value is NodeSingular {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'function';
}

/**
 * Binds the canvas gestures to semantic events: tap selects or clears, the end of a drag reports
 * all moved nodes as one batch, a finished edge-handle gesture asks for a relation (the temporary
 * edge is removed at once: only main adds real ones). `onMoved` runs before `emit`, so the caller
 * can record what the canvas now shows. Returns a function that unbinds everything.
 */
export function bindCanvasEvents(cy: Core, emit: (event: CanvasEvent) => void, onMoved: (moves: readonly ActorMove[]) => void): () => void {
  const dragged = new Set<string>();
  let flushPending = false;
  let unbound = false;

  const flush = (): void => {
    flushPending = false;
    if (unbound) return;
    // Buurt groups are not actors: they are never stored.
    const nodes = cy.nodes().filter((n) => dragged.has(n.id()) && !n.data('synthetic'));
    dragged.clear();
    if (nodes.empty()) return;
    const moves = settlePositions(cy, nodes);
    onMoved(moves);
    emit({ type: 'moved', moves });
  };

  const onTapNode = (e: EventObject): void => {
    if (e.target.hasClass('eh-ghost') || e.target.data('synthetic')) return;
    const additive = e.originalEvent instanceof MouseEvent && e.originalEvent.shiftKey;
    emit({ type: 'select', group: 'nodes', id: e.target.id(), ...(additive ? { additive } : {}) });
  };
  const onTapEdge = (e: EventObject): void => {
    if (e.target.hasClass('eh-ghost') || e.target.hasClass('eh-preview')) return;
    emit({ type: 'select', group: 'edges', id: e.target.id() });
  };
  const onTapBackground = (e: EventObject): void => {
    if (e.target === cy) emit({ type: 'clear' });
  };
  const onContext = (e: EventObject): void => {
    const rect = cy.container()?.getBoundingClientRect();
    const client = { x: (rect?.left ?? 0) + e.renderedPosition.x, y: (rect?.top ?? 0) + e.renderedPosition.y };
    const model = { x: e.position.x, y: e.position.y };
    const t = e.target as Core | NodeSingular;
    const onElement = t !== cy && isElement(t) && !t.hasClass('eh-ghost') && !t.hasClass('eh-preview') && !t.data('synthetic');
    const target = onElement ? { group: t.isNode() ? ('nodes' as const) : ('edges' as const), id: t.id() } : null;
    emit({ type: 'menu', target, client, model });
  };
  const onDragFree = (e: EventObject): void => {
    dragged.add(e.target.id());
    // Dragging a group moves its members with it: store their new places too.
    e.target.descendants().forEach((d: NodeSingular) => {
      dragged.add(d.id());
    });
    // Several nodes dragged together each fire `dragfree` in the same mouse-up; collect them into
    // one command. A microtask, not a timer: Chromium runs input before timers, so a Ctrl+Z typed
    // right after the drop would otherwise reach main before the move it should undo.
    if (!flushPending) {
      flushPending = true;
      queueMicrotask(flush);
    }
  };
  const onEdgeComplete = (_e: EventObject, source: unknown, target: unknown, added: unknown): void => {
    if (isElement(added)) added.remove();
    if (isElement(source) && isElement(target) && source.id() !== target.id()) {
      emit({ type: 'connect', from: source.id(), to: target.id() });
    }
  };

  cy.on('tap', 'node', onTapNode);
  cy.on('tap', 'edge', onTapEdge);
  cy.on('tap', onTapBackground);
  cy.on('dragfree', 'node', onDragFree);
  cy.on('cxttap', onContext);
  cy.on('ehcomplete', onEdgeComplete);
  return () => {
    unbound = true;
    if (!cy.destroyed()) {
      cy.off('tap', 'node', onTapNode);
      cy.off('tap', 'edge', onTapEdge);
      cy.off('tap', onTapBackground);
      cy.off('dragfree', 'node', onDragFree);
      cy.off('cxttap', onContext);
      cy.off('ehcomplete', onEdgeComplete);
    }
  };
}
