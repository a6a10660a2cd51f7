import { guessMapping, type ColumnMapping } from './csv-columns';
import { readTable, type CsvTable } from './csv';
import type { ImportDraft, ImportFormat } from './draft';
import { parseKind } from './normalise';
import { checkGraphCounts } from './limit-checks';
import type { ImportProblem } from './problems';

/** A node as a graph file (GraphML, GEXF, Cytoscape, GML, Pajek, Kumu) gives it. */
export interface GraphNode {
  readonly id: string;
  readonly label?: string | undefined;
  readonly parent?: string | undefined;
  readonly x?: number | undefined;
  readonly y?: number | undefined;
  readonly attrs: ReadonlyMap<string, string>;
  readonly line?: number | undefined;
}

/** An edge as a graph file gives it. */
export interface GraphEdge {
  readonly id?: string | undefined;
  readonly source: string;
  readonly target: string;
  readonly directed?: boolean | undefined;
  readonly label?: string | undefined;
  readonly weight?: string | undefined;
  readonly attrs: ReadonlyMap<string, string>;
  readonly line?: number | undefined;
}

function attrNames(items: readonly { attrs: ReadonlyMap<string, string> }[]): string[] {
  const names = new Set<string>();
  for (const item of items) for (const key of item.attrs.keys()) names.add(key);
  return [...names];
}

const NAME_KEYS = ['naam', 'name', 'label', 'title', 'titel'];

function pickName(node: GraphNode): string {
  if (node.label && node.label.trim()) return node.label;
  for (const [key, value] of node.attrs) if (NAME_KEYS.includes(key.toLowerCase()) && value.trim()) return value;
  return node.id;
}

/**
 * Turns the nodes and edges of any graph format into a draft by way of the same column reader
 * as CSV (so synonyms, decimal commas and value checks are the same everywhere).
 */
export function graphToDraft(
  format: ImportFormat,
  file: string,
  title: string,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  problems: ImportProblem[],
): ImportDraft {
  checkGraphCounts(nodes.length, edges.length, file);
  const nodeAttrs = attrNames(nodes);
  const nodeTable: CsvTable = {
    file,
    headers: ['id', 'naam', 'groep', 'x', 'y', ...nodeAttrs],
    rows: nodes.map((n) => [
      n.id,
      pickName(n),
      n.parent ?? '',
      n.x !== undefined ? String(n.x) : '',
      n.y !== undefined ? String(n.y) : '',
      ...nodeAttrs.map((a) => n.attrs.get(a) ?? ''),
    ]),
    lines: nodes.map((n) => n.line ?? 0),
    delimiter: '',
    encoding: 'utf-8',
  };
  // Attribute columns are mapped by their names; the explicit columns win where the format has them.
  const nodeMapping = shifted(guessMapping(nodeAttrs, 'actors'), 5);
  delete nodeMapping.name;
  delete nodeMapping.id;
  Object.assign(nodeMapping, { id: 0, name: 1 });
  if (nodes.some((n) => n.parent !== undefined)) nodeMapping.parent = 2;
  if (nodes.some((n) => n.x !== undefined)) Object.assign(nodeMapping, { x: 3, y: 4 });
  // Research files often have a "type" attribute that is not formeel/informeel: then it is not read as the kind.
  const kindColumn = nodeMapping.kind;
  if (kindColumn !== undefined && nodeTable.rows.some((row) => (row[kindColumn] ?? '').trim() !== '' && parseKind(row[kindColumn] ?? '') === null)) {
    delete nodeMapping.kind;
  }
  const edgeAttrs = attrNames(edges);
  const edgeTable: CsvTable = {
    file,
    headers: ['id', 'van', 'naar', 'gericht', 'soort relatie', 'sterkte', ...edgeAttrs],
    rows: edges.map((e) => [
      e.id ?? '',
      e.source,
      e.target,
      e.directed === undefined ? '' : e.directed ? 'ja' : 'nee',
      e.label ?? '',
      e.weight ?? '',
      ...edgeAttrs.map((a) => e.attrs.get(a) ?? ''),
    ]),
    lines: edges.map((e) => e.line ?? 0),
    delimiter: '',
    encoding: 'utf-8',
  };
  const edgeMapping = shifted(guessMapping(edgeAttrs, 'relations'), 6);
  delete edgeMapping.from;
  delete edgeMapping.to;
  Object.assign(edgeMapping, { id: 0, from: 1, to: 2 });
  if (edges.some((e) => e.directed !== undefined)) edgeMapping.directed = 3;
  if (edges.some((e) => e.label)) edgeMapping.kind = 4;
  if (edges.some((e) => e.weight !== undefined)) edgeMapping.strength = 5;
  const fixLine = <T extends ImportProblem>(p: T): T => (p.line === 0 ? { ...p, line: undefined } : p);
  const actors = readTable(nodeTable, 'actors', nodeMapping);
  const relations = readTable(edgeTable, 'relations', edgeMapping);
  return {
    format,
    title,
    source: file,
    actors: actors.actors,
    relations: relations.relations,
    problems: [...problems, ...actors.problems.map(fixLine), ...relations.problems.map(fixLine)],
  };
}

function shifted(mapping: ColumnMapping, by: number): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [field, index] of Object.entries(mapping)) out[field as keyof ColumnMapping] = index + by;
  return out;
}

/** Line numbers of successive `<name …>` start tags (any namespace prefix), in document order. */
export function elementLines(text: string, name: string): number[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}[\\s>/]`, 'g');
  const out: number[] = [];
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    last = m.index;
    out.push(line);
  }
  return out;
}
