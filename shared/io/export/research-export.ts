import type { MapDocument } from '../../domain/map-document';

const gmlText = (s: string): string => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;

/** Writes GML (igraph, NetworkX, yEd): node id/label/graphics, edge source/target/value/label. */
export function exportGml(doc: MapDocument): string {
  const index = new Map(doc.actors.map((a, i) => [a.id, i]));
  const out = ['graph [', `  label ${gmlText(doc.name)}`, `  directed ${doc.relations.some((r) => r.directed) ? 1 : 0}`];
  doc.actors.forEach((a, i) => {
    out.push('  node [', `    id ${i}`, `    label ${gmlText(a.name)}`, `    wijkwebId ${gmlText(a.id)}`, `    type ${gmlText(a.kind)}`, `    categorie ${gmlText(a.category)}`, `    invloed ${a.influence}`);
    if (a.position) out.push(`    graphics [ x ${a.position.x} y ${a.position.y} ]`);
    out.push('  ]');
  });
  for (const r of doc.relations) {
    out.push('  edge [', `    source ${index.get(r.from)}`, `    target ${index.get(r.to)}`, `    label ${gmlText(r.kind)}`, `    value ${r.strength}`, '  ]');
  }
  out.push(']', '');
  return out.join('\n');
}

/** Writes Pajek .net: numbered vertices with labels, `*Edges` and `*Arcs` with strength as weight. */
export function exportPajek(doc: MapDocument): string {
  const index = new Map(doc.actors.map((a, i) => [a.id, i + 1]));
  const out = [`*Vertices ${doc.actors.length}`];
  doc.actors.forEach((a, i) => out.push(`${i + 1} "${a.name.replace(/"/g, "'")}"`));
  const edges = doc.relations.filter((r) => !r.directed);
  const arcs = doc.relations.filter((r) => r.directed);
  if (arcs.length) out.push('*Arcs', ...arcs.map((r) => `${index.get(r.from)} ${index.get(r.to)} ${r.strength}`));
  if (edges.length) out.push('*Edges', ...edges.map((r) => `${index.get(r.from)} ${index.get(r.to)} ${r.strength}`));
  return `${out.join('\r\n')}\r\n`;
}
