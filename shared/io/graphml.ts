import type { ImportDraft } from './draft';
import { elementLines, graphToDraft, type GraphEdge, type GraphNode } from './graph-table';
import { MAX_GROUP_DEPTH } from './limits';
import { ProblemList, refuse } from './problems';
import { attr, child, children, findDeep, parseXml, textOf, type XmlNode } from './xml';

interface KeyDef {
  readonly name: string;
  readonly graphics: boolean;
  readonly fallback: string | undefined;
  readonly for: string;
}

function readKeys(root: XmlNode): Map<string, KeyDef> {
  const keys = new Map<string, KeyDef>();
  for (const key of children(root, 'key')) {
    const id = attr(key, 'id');
    if (!id) continue;
    const type = attr(key, 'yfiles.type');
    const def = child(key, 'default');
    keys.set(id, {
      name: attr(key, 'attr.name') ?? id,
      graphics: type === 'nodegraphics' || type === 'edgegraphics',
      fallback: def ? textOf(def) : undefined,
      for: attr(key, 'for') ?? 'all',
    });
  }
  return keys;
}

function labelText(graphics: XmlNode, tag: 'NodeLabel' | 'EdgeLabel'): string | undefined {
  const label = findDeep(graphics, tag);
  const text = label ? textOf(label).trim() : '';
  return text || undefined;
}

/**
 * Reads GraphML: Gephi and graphology flavours (typed `<key>`s with defaults) and yEd (labels in
 * y:NodeLabel, positions in y:Geometry, groups as nested `<graph>` → compound actors).
 */
export function readGraphml(text: string, file: string): ImportDraft {
  const doc = parseXml(text, file);
  const root = child(doc, 'graphml');
  if (!root) refuse(file, 'dit is geen GraphML-bestand (geen <graphml>-element).');
  const problems = new ProblemList(file);
  const keys = readKeys(root);
  const undeclared = new Set<string>();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const nodeLines = elementLines(text, 'node');
  const edgeLines = elementLines(text, 'edge');

  const dataOf = (element: XmlNode, kind: 'node' | 'edge'): { attrs: Map<string, string>; graphics: XmlNode | undefined } => {
    const attrs = new Map<string, string>();
    for (const [, def] of keys) if (def.fallback !== undefined && (def.for === kind || def.for === 'all')) attrs.set(def.name, def.fallback);
    let graphics: XmlNode | undefined;
    for (const data of children(element, 'data')) {
      const keyId = attr(data, 'key') ?? '';
      const def = keys.get(keyId);
      if (!def) {
        if (!undeclared.has(keyId)) {
          undeclared.add(keyId);
          problems.warn(`gegevens met sleutel '${keyId}' zonder <key>-declaratie; gelezen als attribuut '${keyId}'.`, undefined, keyId);
        }
        attrs.set(keyId, textOf(data));
        continue;
      }
      if (def.graphics) graphics = data;
      else attrs.set(def.name, textOf(data));
    }
    return { attrs, graphics };
  };

  const walk = (graph: XmlNode, parent: string | undefined, depth: number, directedDefault: boolean): void => {
    for (const node of children(graph, 'node')) {
      const line = nodeLines[nodes.length];
      const id = attr(node, 'id');
      if (!id) {
        problems.error('een <node> zonder id is overgeslagen.', line);
        continue;
      }
      const { attrs, graphics } = dataOf(node, 'node');
      const geometry = graphics ? findDeep(graphics, 'Geometry') : undefined;
      const x = geometry ? Number(attr(geometry, 'x')) : NaN;
      const y = geometry ? Number(attr(geometry, 'y')) : NaN;
      nodes.push({
        id,
        label: graphics ? labelText(graphics, 'NodeLabel') : undefined,
        parent,
        x: Number.isFinite(x) ? x : undefined,
        y: Number.isFinite(y) ? y : undefined,
        attrs,
        line,
      });
      for (const inner of children(node, 'graph')) {
        if (depth >= MAX_GROUP_DEPTH) {
          problems.warn(`groepen dieper dan ${MAX_GROUP_DEPTH} niveaus zijn platgeslagen.`, line);
          walk(inner, parent, depth, directedDefault);
        } else walk(inner, id, depth + 1, (attr(inner, 'edgedefault') ?? (directedDefault ? 'directed' : 'undirected')) === 'directed');
      }
    }
    for (const edge of children(graph, 'edge')) {
      const line = edgeLines[edges.length];
      const source = attr(edge, 'source');
      const target = attr(edge, 'target');
      if (!source || !target) {
        problems.error('een <edge> zonder source of target is overgeslagen.', line);
        edges.push({ source: '', target: '', attrs: new Map(), line });
        continue;
      }
      const { attrs, graphics } = dataOf(edge, 'edge');
      const directedAttr = attr(edge, 'directed');
      edges.push({
        id: attr(edge, 'id'),
        source,
        target,
        directed: directedAttr === undefined ? directedDefault : directedAttr === 'true',
        label: graphics ? labelText(graphics, 'EdgeLabel') : undefined,
        attrs,
        line,
      });
    }
  };

  const graphs = children(root, 'graph');
  if (graphs.length === 0) refuse(file, 'het GraphML-bestand bevat geen <graph>.');
  for (const graph of graphs) walk(graph, undefined, 0, attr(graph, 'edgedefault') === 'directed');
  const title = file.replace(/\.[^.]+$/, '').replace(/^.*[\\/]/, '');
  return graphToDraft('graphml', file, title, nodes, edges.filter((e) => e.source !== ''), problems.items);
}
