import { jsonErrorPlace, readMapDocument } from '../domain/migrations';
import type { MapDocument } from '../domain/map-document';
import type { ImportDraft } from './draft';
import { jsonErrorOffset, lineColumn } from './json-locate';
import { graphToDraft, type GraphEdge, type GraphNode } from './graph-table';
import { ProblemList, refuse } from './problems';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/** Parses JSON text; a syntax error is refused with its line and column. */
export function parseJson(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (error) {
    const offset = jsonErrorOffset(body);
    if (offset === null) return refuse(file, `geen geldige JSON${jsonErrorPlace(body, error)}.`);
    const { line, column } = lineColumn(body, offset);
    return refuse(file, `geen geldige JSON (regel ${line}, kolom ${column}).`);
  }
}

/** Which JSON flavour a parsed value is: a Wijkweb map, Cytoscape elements, Kumu, or none. */
export function jsonFlavour(value: unknown): 'wijkweb' | 'cytoscape' | 'kumu' | null {
  if (isRecord(value) && value.format === 'wijkweb') return 'wijkweb';
  if (isRecord(value) && (Array.isArray(value.connections) || (Array.isArray(value.elements) && value.elements.some((e) => isRecord(e) && '_id' in e)))) return 'kumu';
  if (Array.isArray(value)) return 'cytoscape';
  if (isRecord(value) && (Array.isArray(value.elements) || isRecord(value.elements) || Array.isArray(value.nodes))) return 'cytoscape';
  return null;
}

/** Flat attribute map of a data object: strings, numbers, booleans; lists joined with commas. */
function flatAttrs(data: Json, skip: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    if (skip.includes(key)) continue;
    const s = str(value);
    if (s !== undefined) out.set(key, s);
    else if (Array.isArray(value) && value.every((v) => str(v) !== undefined)) out.set(key, value.map((v) => str(v)).join(', '));
  }
  return out;
}

/**
 * Reads Cytoscape JSON: desktop `.cyjs` (`{elements: {nodes, edges}}`), cytoscape.js element
 * arrays (with or without `group`), `{style, elements}`; compound parents become groups.
 */
export function readCytoscape(value: unknown, file: string): ImportDraft {
  const problems = new ProblemList(file);
  let elements: unknown[] = [];
  const root = isRecord(value) ? value : {};
  if (Array.isArray(value)) elements = value;
  else if (Array.isArray(root.elements)) elements = root.elements;
  else if (isRecord(root.elements)) {
    const e = root.elements;
    elements = [
      ...(Array.isArray(e.nodes) ? e.nodes.map((n: unknown) => ({ group: 'nodes', ...(isRecord(n) ? n : {}) })) : []),
      ...(Array.isArray(e.edges) ? e.edges.map((n: unknown) => ({ group: 'edges', ...(isRecord(n) ? n : {}) })) : []),
    ];
  } else if (Array.isArray(root.nodes)) {
    elements = [
      ...root.nodes.map((n: unknown) => ({ group: 'nodes', ...(isRecord(n) ? n : {}) })),
      ...(Array.isArray(root.edges) ? root.edges.map((n: unknown) => ({ group: 'edges', ...(isRecord(n) ? n : {}) })) : []),
    ];
  } else refuse(file, 'geen Cytoscape-elementen gevonden (verwacht "elements" met nodes en edges).');
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  elements.forEach((element, i) => {
    if (!isRecord(element) || !isRecord(element.data)) {
      problems.error(`element ${i + 1} heeft geen "data"; overgeslagen.`, undefined, `elements[${i}]`);
      return;
    }
    const data = element.data;
    const isEdge = element.group === 'edges' || (element.group === undefined && data.source !== undefined && data.target !== undefined);
    if (isEdge) {
      const source = str(data.source);
      const target = str(data.target);
      if (!source || !target) {
        problems.error('een edge zonder source of target is overgeslagen.', undefined, `elements[${i}]`);
        return;
      }
      edges.push({
        id: str(data.id),
        source,
        target,
        directed: typeof data.directed === 'boolean' ? data.directed : undefined,
        label: str(data.kind) ?? str(data.interaction),
        attrs: flatAttrs(data, ['id', 'source', 'target', 'kind', 'interaction', 'directed', 'SUID', 'shared_name', 'shared_interaction', 'selected']),
      });
      return;
    }
    const id = str(data.id);
    if (!id) {
      problems.error('een node zonder id is overgeslagen.', undefined, `elements[${i}]`);
      return;
    }
    const position = isRecord(element.position) ? element.position : undefined;
    const x = typeof position?.x === 'number' ? position.x : undefined;
    const y = typeof position?.y === 'number' ? position.y : undefined;
    nodes.push({
      id,
      label: str(data.name) ?? str(data.label),
      parent: str(data.parent),
      x,
      y,
      attrs: flatAttrs(data, ['id', 'name', 'label', 'parent', 'SUID', 'shared_name', 'selected']),
    });
  });
  const dataName = isRecord(root.data) ? str(root.data.name) : undefined;
  const title = dataName ?? file.replace(/\.[^.]+$/, '').replace(/\.cyjs$/, '').replace(/^.*[\\/]/, '');
  return graphToDraft('cytoscape', file, title, nodes, edges, problems.items);
}

/** Reads Kumu's JSON export: `elements` (with `attributes`) and `connections` (from/to). */
export function readKumu(value: unknown, file: string): ImportDraft {
  const problems = new ProblemList(file);
  const root = isRecord(value) ? value : {};
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const elements = Array.isArray(root.elements) ? root.elements : [];
  elements.forEach((element, i) => {
    if (!isRecord(element)) return;
    const attrs = isRecord(element.attributes) ? element.attributes : element;
    const id = str(element._id) ?? str(element.id) ?? str(attrs.label);
    if (!id) {
      problems.error('een element zonder _id en label is overgeslagen.', undefined, `elements[${i}]`);
      return;
    }
    const map = flatAttrs(attrs, ['label', '_id']);
    const type = map.get('element type');
    if (type !== undefined) {
      map.delete('element type');
      map.set('categorie', type);
    }
    nodes.push({ id, label: str(attrs.label), attrs: map });
  });
  const connections = Array.isArray(root.connections) ? root.connections : [];
  connections.forEach((connection, i) => {
    if (!isRecord(connection)) return;
    const source = str(connection.from);
    const target = str(connection.to);
    if (!source || !target) {
      problems.error('een verbinding zonder from of to is overgeslagen.', undefined, `connections[${i}]`);
      return;
    }
    const attrs = isRecord(connection.attributes) ? connection.attributes : {};
    edges.push({
      id: str(connection._id),
      source,
      target,
      directed: connection.direction === undefined ? undefined : connection.direction === 'directed',
      label: str(attrs['connection type']) ?? str(attrs.type),
      attrs: flatAttrs(attrs, ['connection type', 'type']),
    });
  });
  return graphToDraft('kumu', file, file.replace(/\.[^.]+$/, '').replace(/^.*[\\/]/, ''), nodes, edges, problems.items);
}

/** Reads the app's own .wijkweb file (any version this build understands), validated. */
export function readWijkwebDocument(value: unknown, file: string): MapDocument {
  const read = readMapDocument(value);
  if (!read.ok) {
    const details = read.error.details?.slice(0, 3).join('; ');
    refuse(file, details ? `${read.error.message} ${details}` : read.error.message);
  }
  return read.value;
}

/** A Wijkweb map as a draft, so it can be merged like any other import (ids kept). */
export function draftFromDocument(doc: MapDocument, file: string): ImportDraft {
  return {
    format: 'wijkweb',
    title: doc.name,
    source: file,
    actors: doc.actors.map(({ id, name, parentId, ...fields }) => ({ sourceId: id, name, fields, parent: parentId ?? undefined })),
    relations: doc.relations.map(({ id, from, to, ...fields }) => ({ sourceId: id, from, to, fields })),
    problems: [],
  };
}
