import type { ImportDraft } from './draft';
import { graphToDraft, type GraphEdge, type GraphNode } from './graph-table';
import { checkTextLines } from './limit-checks';
import { ProblemList, refuse } from './problems';

function tokens(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

/**
 * Reads Pajek .net: `*Vertices N` with `nr "label" x y`, then `*Arcs` (directed) and `*Edges`
 * (undirected) with `from to [weight]`, or `*Arcslist` / `*Edgeslist`.
 */
export function readPajek(text: string, file: string): ImportDraft {
  checkTextLines(text, file);
  const problems = new ProblemList(file);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  let section: 'none' | 'vertices' | 'arcs' | 'edges' | 'arcslist' | 'edgeslist' | 'other' = 'none';
  let declared = 0;
  let sawVertices = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trim();
    if (s === '' || s.startsWith('%')) return;
    if (s.startsWith('*')) {
      const [head = '', count] = s.slice(1).split(/\s+/);
      const h = head.toLowerCase();
      if (h === 'vertices') {
        section = 'vertices';
        sawVertices = true;
        declared = Number(count ?? 0);
        if (!Number.isInteger(declared) || declared < 0) problems.warn(`'${count ?? ''}' is geen aantal knopen.`, line);
      } else if (h === 'arcs' || h === 'edges' || h === 'arcslist' || h === 'edgeslist') section = h;
      else {
        section = 'other';
        problems.warn(`sectie *${head} wordt niet gelezen.`, line);
      }
      return;
    }
    const t = tokens(s);
    if (section === 'vertices') {
      const [id, label, x, y] = t;
      if (id === undefined) return;
      const px = x === undefined ? NaN : Number(x);
      const py = y === undefined ? NaN : Number(y);
      nodes.push({ id, label, x: Number.isFinite(px) ? px * 1000 : undefined, y: Number.isFinite(py) ? py * 1000 : undefined, attrs: new Map(), line });
    } else if (section === 'arcs' || section === 'edges') {
      const [from, to, weight] = t;
      if (from === undefined || to === undefined) {
        problems.error('een verbinding heeft twee knoopnummers nodig; overgeslagen.', line);
        return;
      }
      edges.push({ source: from, target: to, directed: section === 'arcs', weight, attrs: new Map(), line });
    } else if (section === 'arcslist' || section === 'edgeslist') {
      const [from, ...targets] = t;
      for (const to of targets) if (from !== undefined) edges.push({ source: from, target: to, directed: section === 'arcslist', attrs: new Map(), line });
    } else if (section === 'none') {
      refuse(file, 'een Pajek-bestand begint met *Vertices.', line);
    }
  });
  if (!sawVertices) refuse(file, 'geen *Vertices gevonden; is dit een Pajek-bestand?');
  // Pajek may declare vertices without listing them: numbers 1..N.
  const listed = new Set(nodes.map((n) => n.id));
  for (let n = 1; n <= declared && n <= 100_000; n++) if (!listed.has(String(n))) nodes.push({ id: String(n), attrs: new Map() });
  return graphToDraft('pajek', file, file.replace(/\.[^.]+$/, '').replace(/^.*[\\/]/, ''), nodes, edges, problems.items);
}
