import type { ImportDraft } from './draft';
import { elementLines, graphToDraft, type GraphEdge, type GraphNode } from './graph-table';
import { MAX_GROUP_DEPTH } from './limits';
import { ProblemList, refuse } from './problems';
import { attr, child, children, parseXml, textOf, type XmlNode } from './xml';

interface AttrDef {
  readonly title: string;
  readonly fallback: string | undefined;
}

function readAttrDefs(graph: XmlNode, cls: 'node' | 'edge'): Map<string, AttrDef> {
  const defs = new Map<string, AttrDef>();
  for (const group of children(graph, 'attributes')) {
    if ((attr(group, 'class') ?? 'node') !== cls) continue;
    for (const a of children(group, 'attribute')) {
      const id = attr(a, 'id');
      if (id === undefined) continue;
      const def = child(a, 'default');
      defs.set(id, { title: attr(a, 'title') ?? id, fallback: def ? textOf(def) : undefined });
    }
  }
  return defs;
}

/**
 * Reads GEXF 1.1, 1.2 and 1.3 (Gephi): labels, typed attributes with defaults, viz positions,
 * edge weights (scaled to strength 1–3), mixed directed/undirected edges, and hierarchies
 * (nested `<nodes>`, `pid` or `<parents>`) as compound actors.
 */
export function readGexf(text: string, file: string): ImportDraft {
  const doc = parseXml(text, file);
  const root = child(doc, 'gexf');
  if (!root) refuse(file, 'dit is geen GEXF-bestand (geen <gexf>-element).');
  const graph = child(root, 'graph');
  if (!graph) refuse(file, 'het GEXF-bestand bevat geen <graph>.');
  const problems = new ProblemList(file);
  const nodeDefs = readAttrDefs(graph, 'node');
  const edgeDefs = readAttrDefs(graph, 'edge');
  const nodeLines = elementLines(text, 'node');
  const edgeLines = elementLines(text, 'edge');
  const undeclared = new Set<string>();

  const values = (element: XmlNode, defs: Map<string, AttrDef>): Map<string, string> => {
    const out = new Map<string, string>();
    for (const def of defs.values()) if (def.fallback !== undefined) out.set(def.title, def.fallback);
    for (const group of children(element, 'attvalues')) {
      for (const v of children(group, 'attvalue')) {
        const key = attr(v, 'for') ?? attr(v, 'id') ?? '';
        const def = defs.get(key);
        if (!def && !undeclared.has(key)) {
          undeclared.add(key);
          problems.warn(`attribuut '${key}' is niet gedeclareerd in <attributes>; toch gelezen.`, undefined, key);
        }
        out.set(def?.title ?? key, attr(v, 'value') ?? '');
      }
    }
    return out;
  };

  const nodes: GraphNode[] = [];
  const walk = (container: XmlNode, parent: string | undefined, depth: number): void => {
    for (const list of children(container, 'nodes')) {
      for (const node of children(list, 'node')) {
        const line = nodeLines[nodes.length];
        const id = attr(node, 'id');
        if (id === undefined) {
          problems.error('een <node> zonder id is overgeslagen.', line);
          nodes.push({ id: '', attrs: new Map(), line });
          continue;
        }
        const position = child(node, 'position');
        const x = Number(attr(position, 'x'));
        const y = Number(attr(position, 'y'));
        const parents = children(child(node, 'parents'), 'parent');
        const declaredParent = attr(node, 'pid') ?? (parents[0] ? attr(parents[0], 'for') : undefined);
        nodes.push({
          id,
          label: attr(node, 'label'),
          parent: declaredParent ?? parent,
          x: position && Number.isFinite(x) ? x : undefined,
          y: position && Number.isFinite(y) ? -y : undefined,
          attrs: values(node, nodeDefs),
          line,
        });
        if (depth < MAX_GROUP_DEPTH) walk(node, id, depth + 1);
      }
    }
  };
  walk(graph, undefined, 0);

  const defaultType = attr(graph, 'defaultedgetype') ?? 'undirected';
  const edges: GraphEdge[] = [];
  let index = 0;
  for (const list of children(graph, 'edges')) {
    for (const edge of children(list, 'edge')) {
      const line = edgeLines[index++];
      const source = attr(edge, 'source');
      const target = attr(edge, 'target');
      if (!source || !target) {
        problems.error('een <edge> zonder source of target is overgeslagen.', line);
        continue;
      }
      const type = attr(edge, 'type') ?? defaultType;
      edges.push({
        id: attr(edge, 'id'),
        source,
        target,
        directed: type === 'directed',
        label: attr(edge, 'label'),
        weight: attr(edge, 'weight'),
        attrs: values(edge, edgeDefs),
        line,
      });
    }
  }
  const metaTitle = textOf(child(child(root, 'meta'), 'title') ?? child(child(root, 'meta'), 'Title')).trim();
  const title = metaTitle || file.replace(/\.[^.]+$/, '').replace(/^.*[\\/]/, '');
  return graphToDraft('gexf', file, title, nodes.filter((n) => n.id !== ''), edges, problems.items);
}
