import type { Position } from '../../../shared/domain/map-document';
import type { EdgeData, GraphElement, NodeData } from './elements';

/** A change to an element that stays on the canvas: only the keys that changed. */
export interface ElementUpdate {
  readonly id: string;
  readonly data?: Partial<NodeData> | Partial<EdgeData>;
  readonly position?: Position;
}

/** What to do to the canvas to go from one element list to the next. */
export interface ElementDiff {
  readonly add: readonly GraphElement[];
  readonly remove: readonly string[];
  readonly update: readonly ElementUpdate[];
}

function changedData(prev: NodeData | EdgeData, next: NodeData | EdgeData): Partial<NodeData> | Partial<EdgeData> | null {
  const out: Record<string, unknown> = {};
  let changed = false;
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (!Object.is(prev[key], next[key])) {
      out[key] = next[key];
      changed = true;
    }
  }
  // The keys were copied from `next`, so `out` is a partial of its data type.
  return changed ? (out as Partial<NodeData> | Partial<EdgeData>) : null;
}

function mustReplace(prev: GraphElement, next: GraphElement): boolean {
  if (prev.group !== next.group) return true;
  // Cytoscape cannot re-attach an edge by changing its data, so changed ends mean remove + add.
  if (prev.group === 'edges' && next.group === 'edges') {
    return prev.data.source !== next.data.source || prev.data.target !== next.data.target;
  }
  return false;
}

function samePosition(a: Position, b: Position): boolean {
  return a.x === b.x && a.y === b.y;
}

/**
 * Compares two element lists by id. Pure and DOM-free. Elements that are the same object are
 * skipped at once, so with immutable inputs the cost is mostly a map lookup per element.
 * `add` lists nodes before edges, so an edge never arrives before its ends.
 */
export function diffElements(prev: readonly GraphElement[], next: readonly GraphElement[]): ElementDiff {
  const before = new Map(prev.map((el) => [el.data.id, el]));
  const seen = new Set<string>();
  const addNodes: GraphElement[] = [];
  const addEdges: GraphElement[] = [];
  const remove: string[] = [];
  const update: ElementUpdate[] = [];

  for (const el of next) {
    const id = el.data.id;
    seen.add(id);
    const old = before.get(id);
    if (old === el) continue;
    if (!old || mustReplace(old, el)) {
      if (old) remove.push(id);
      (el.group === 'nodes' ? addNodes : addEdges).push(el);
      continue;
    }
    const data = changedData(old.data, el.data);
    const moved = old.group === 'nodes' && el.group === 'nodes' && !samePosition(old.position, el.position);
    if (data || moved) {
      update.push({
        id,
        ...(data ? { data } : {}),
        ...(moved && el.group === 'nodes' ? { position: el.position } : {}),
      });
    }
  }
  for (const el of prev) {
    if (!seen.has(el.data.id)) remove.push(el.data.id);
  }
  return { add: [...addNodes, ...addEdges], remove, update };
}

/** True when the diff changes nothing. */
export function isEmptyDiff(diff: ElementDiff): boolean {
  return diff.add.length === 0 && diff.remove.length === 0 && diff.update.length === 0;
}

/** Returns the list with the given node positions replaced (what the canvas shows after a drag). */
export function withPositions(elements: readonly GraphElement[], positions: ReadonlyMap<string, Position>): GraphElement[] {
  return elements.map((el) => {
    const position = el.group === 'nodes' ? positions.get(el.data.id) : undefined;
    return position && el.group === 'nodes' ? { ...el, position } : el;
  });
}
