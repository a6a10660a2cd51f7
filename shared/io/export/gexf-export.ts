import type { MapDocument } from '../../domain/map-document';
import { xml } from './xml-text';

const NODE_ATTRS = [
  ['0', 'type', 'string'],
  ['1', 'categorie', 'string'],
  ['2', 'persoon', 'boolean'],
  ['3', 'invloed', 'integer'],
  ['4', 'buurt', 'string'],
  ['5', 'omschrijving', 'string'],
  ['6', 'labels', 'string'],
] as const;
const EDGE_ATTRS = [
  ['0', 'toelichting', 'string'],
  ['1', 'sinds', 'string'],
] as const;

/**
 * Writes GEXF 1.3 (Gephi): actor fields as node attributes, positions as viz:position (y up, as
 * Gephi draws), groups as `pid`, relation kind as edge label and strength as weight.
 */
export function exportGexf(doc: MapDocument): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Wijkweb</creator><title>${xml(doc.name)}</title></meta>`,
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    ...NODE_ATTRS.map(([id, title, type]) => `      <attribute id="${id}" title="${title}" type="${type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRS.map(([id, title, type]) => `      <attribute id="${id}" title="${title}" type="${type}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  const ids = new Set(doc.actors.map((a) => a.id));
  for (const a of doc.actors) {
    const values = [a.kind, a.category, a.isPerson, a.influence, a.area, a.note, a.tags.join(', ')];
    const attvalues = values
      .map((v, i) => (v === '' ? '' : `<attvalue for="${i}" value="${xml(v)}"/>`))
      .join('');
    const pid = a.parentId && ids.has(a.parentId) ? ` pid="${xml(a.parentId)}"` : '';
    const position = a.position ? `<viz:position x="${a.position.x}" y="${-a.position.y}" z="0"/>` : '';
    out.push(`      <node id="${xml(a.id)}" label="${xml(a.name)}"${pid}><attvalues>${attvalues}</attvalues>${position}</node>`);
  }
  out.push('    </nodes>', '    <edges>');
  for (const r of doc.relations) {
    const attvalues = [r.note, r.since].map((v, i) => (v === '' ? '' : `<attvalue for="${i}" value="${xml(v)}"/>`)).join('');
    out.push(
      `      <edge id="${xml(r.id)}" source="${xml(r.from)}" target="${xml(r.to)}" type="${r.directed ? 'directed' : 'undirected'}" label="${xml(r.kind)}" weight="${r.strength}"><attvalues>${attvalues}</attvalues></edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
