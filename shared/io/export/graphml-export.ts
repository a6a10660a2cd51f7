import type { Actor, MapDocument } from '../../domain/map-document';
import { xml } from './xml-text';

const NODE_KEYS = [
  ['label', 'label', 'string'],
  ['type', 'type', 'string'],
  ['categorie', 'categorie', 'string'],
  ['persoon', 'persoon', 'boolean'],
  ['invloed', 'invloed', 'int'],
  ['buurt', 'buurt', 'string'],
  ['omschrijving', 'omschrijving', 'string'],
  ['labels', 'labels', 'string'],
  ['x', 'x', 'double'],
  ['y', 'y', 'double'],
] as const;
const EDGE_KEYS = [
  ['soort', 'soort relatie', 'string'],
  ['sterkte', 'sterkte', 'int'],
  ['toelichting', 'toelichting', 'string'],
  ['sinds', 'sinds', 'string'],
] as const;

function nodeData(a: Actor): string {
  const values: Record<string, string | number | boolean> = {
    label: a.name,
    type: a.kind,
    categorie: a.category,
    persoon: a.isPerson,
    invloed: a.influence,
    buurt: a.area,
    omschrijving: a.note,
    labels: a.tags.join(', '),
  };
  if (a.position) {
    values.x = a.position.x;
    values.y = a.position.y;
  }
  return Object.entries(values)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `<data key="${k}">${xml(v)}</data>`)
    .join('');
}

/**
 * Writes GraphML (readable by Gephi, yEd, Cytoscape, NetworkX): every actor and relation field as
 * a typed `<key>`, groups as nested `<graph>`s inside their group node.
 */
export function exportGraphml(doc: MapDocument): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([id, name, type]) => `  <key id="${id}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_KEYS.map(([id, name, type]) => `  <key id="${id}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    `  <graph id="${xml(doc.id)}" edgedefault="undirected">`,
    `    <desc>${xml(doc.name)}</desc>`,
  ];
  const ids = new Set(doc.actors.map((a) => a.id));
  const childrenOf = new Map<string | null, Actor[]>();
  for (const a of doc.actors) {
    const parent = a.parentId && ids.has(a.parentId) ? a.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), a]);
  }
  const seen = new Set<string>();
  const writeNodes = (parent: string | null, indent: string): void => {
    for (const a of childrenOf.get(parent) ?? []) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      const kids = childrenOf.get(a.id);
      if (!kids) {
        out.push(`${indent}<node id="${xml(a.id)}">${nodeData(a)}</node>`);
        continue;
      }
      out.push(`${indent}<node id="${xml(a.id)}">${nodeData(a)}`, `${indent}  <graph id="${xml(a.id)}:" edgedefault="undirected">`);
      writeNodes(a.id, `${indent}    `);
      out.push(`${indent}  </graph>`, `${indent}</node>`);
    }
  };
  writeNodes(null, '    ');
  // Actors in a group cycle (should not happen) are written at top level rather than lost.
  for (const a of doc.actors) if (!seen.has(a.id)) out.push(`    <node id="${xml(a.id)}">${nodeData(a)}</node>`);
  for (const r of doc.relations) {
    const data = [
      `<data key="soort">${xml(r.kind)}</data>`,
      `<data key="sterkte">${r.strength}</data>`,
      r.note ? `<data key="toelichting">${xml(r.note)}</data>` : '',
      r.since ? `<data key="sinds">${xml(r.since)}</data>` : '',
    ].join('');
    out.push(`    <edge id="${xml(r.id)}" source="${xml(r.from)}" target="${xml(r.to)}" directed="${r.directed}">${data}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
