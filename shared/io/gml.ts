import type { ImportDraft } from './draft';
import { graphToDraft, type GraphEdge, type GraphNode } from './graph-table';
import { checkGraphCounts, countMatches } from './limit-checks';
import { IMPORT_LIMITS } from './limits';
import { ProblemList, refuse } from './problems';

/** A GML value: text/number, or a nested list of key–value pairs. */
type GmlValue = string | GmlList;
interface GmlPair {
  readonly key: string;
  readonly value: GmlValue;
  readonly line: number;
}
type GmlList = GmlPair[];

const MAX_DEPTH = 50;

function parseGml(text: string, file: string): GmlList {
  const re = /\s*(?:(#[^\n]*)|("(?:[^"\\]|\\.)*")|(\[)|(\])|([^\s[\]"]+))/gy;
  const stack: GmlList[] = [[]];
  let pendingKey: { key: string; line: number } | null = null;
  let line = 1;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m || m[0].length === 0) break;
    for (let i = m[0].indexOf('\n'); i !== -1; i = m[0].indexOf('\n', i + 1)) line++;
    pos = re.lastIndex;
    const [, comment, quoted, open, close, word] = m;
    if (comment !== undefined) continue;
    const top = stack[stack.length - 1] ?? [];
    if (open !== undefined) {
      if (!pendingKey) refuse(file, "een '[' zonder sleutel ervoor.", line);
      if (stack.length > MAX_DEPTH) refuse(file, `te diep genest (meer dan ${MAX_DEPTH} niveaus).`, line);
      const list: GmlList = [];
      top.push({ key: pendingKey.key, value: list, line: pendingKey.line });
      stack.push(list);
      pendingKey = null;
    } else if (close !== undefined) {
      if (pendingKey) refuse(file, `sleutel '${pendingKey.key}' heeft geen waarde.`, line);
      if (stack.length === 1) refuse(file, "een ']' zonder bijbehorende '['.", line);
      stack.pop();
    } else {
      const token = quoted !== undefined ? quoted.slice(1, -1).replace(/\\(.)/g, '$1') : (word ?? '');
      if (pendingKey) {
        top.push({ key: pendingKey.key, value: token, line: pendingKey.line });
        pendingKey = null;
      } else if (quoted !== undefined) refuse(file, `tekst ${quoted.slice(0, 40)} staat waar een sleutel hoort.`, line);
      else pendingKey = { key: token, line };
    }
  }
  if (pos < text.length && text.slice(pos).trim() !== '') refuse(file, 'onleesbare tekst.', line);
  if (stack.length > 1) refuse(file, "het bestand houdt op voordat elke '[' gesloten is (afgebroken?).", line);
  return stack[0] ?? [];
}

const get = (list: GmlList, key: string): GmlValue | undefined => list.find((p) => p.key === key)?.value;
const getText = (list: GmlList, key: string): string | undefined => {
  const v = get(list, key);
  return typeof v === 'string' ? v : undefined;
};

/** Reads GML (research tools, igraph, NetworkX, yEd): `graph [ node [ id label graphics [x y] ] edge [ source target value ] ]`. */
export function readGml(text: string, file: string): ImportDraft {
  // Counted before parsing: every node and edge becomes a nested list.
  checkGraphCounts(countMatches(text, /\bnode\s*\[/g, IMPORT_LIMITS.actors), countMatches(text, /\bedge\s*\[/g, IMPORT_LIMITS.relations), file);
  const top = parseGml(text, file);
  const graph = get(top, 'graph');
  if (!Array.isArray(graph)) refuse(file, 'geen "graph [ … ]" gevonden; is dit een GML-bestand?');
  const problems = new ProblemList(file);
  const directed = getText(graph, 'directed') === '1';
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const pair of graph) {
    if (!Array.isArray(pair.value)) continue;
    const body = pair.value;
    const attrs = new Map<string, string>();
    for (const p of body) if (typeof p.value === 'string' && !['id', 'label', 'source', 'target', 'value', 'weight'].includes(p.key)) attrs.set(p.key, p.value);
    if (pair.key === 'node') {
      const id = getText(body, 'id');
      if (id === undefined) {
        problems.error('een node zonder id is overgeslagen.', pair.line);
        continue;
      }
      const graphics = get(body, 'graphics');
      const gx = Array.isArray(graphics) ? Number(getText(graphics, 'x')) : NaN;
      const gy = Array.isArray(graphics) ? Number(getText(graphics, 'y')) : NaN;
      nodes.push({ id, label: getText(body, 'label'), x: Number.isFinite(gx) ? gx : undefined, y: Number.isFinite(gy) ? gy : undefined, attrs, line: pair.line });
    } else if (pair.key === 'edge') {
      const source = getText(body, 'source');
      const target = getText(body, 'target');
      if (source === undefined || target === undefined) {
        problems.error('een edge zonder source of target is overgeslagen.', pair.line);
        continue;
      }
      edges.push({
        id: getText(body, 'id'),
        source,
        target,
        directed,
        label: getText(body, 'label'),
        weight: getText(body, 'value') ?? getText(body, 'weight'),
        attrs,
        line: pair.line,
      });
    }
  }
  const title = getText(graph, 'label') ?? getText(graph, 'name') ?? file.replace(/\.[^.]+$/, '').replace(/^.*[\\/]/, '');
  return graphToDraft('gml', file, title, nodes, edges, problems.items);
}
