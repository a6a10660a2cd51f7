import { ACTOR_FIELDS } from '../../domain/fields/actor-fields';
import { exportedValueFields, fieldText, type ExportChoice } from '../../domain/fields/field-queries';
import type { FieldSpec } from '../../domain/fields/field-spec';
import { RELATION_FIELDS } from '../../domain/fields/relation-fields';
import type { MapDocument } from '../../domain/map-document';
import { xml } from './xml-text';

/** GEXF attribute types per kind of field value. */
const GEXF_TYPE = { text: 'string', number: 'integer', boolean: 'boolean', tags: 'string', structure: 'string' } as const;

/** Relation fields GEXF has its own place for: the edge's label (kind), weight (strength) and type (directed). */
const EDGE_OWN = new Set(['kind', 'strength', 'directed']);

function declarations(fields: [string, FieldSpec][]): string[] {
  return fields.map(([, spec], i) => `      <attribute id="${i}" title="${xml(spec.header.toLowerCase())}" type="${GEXF_TYPE[spec.value]}"/>`);
}

function attvalues(item: Readonly<Record<string, unknown>>, fields: [string, FieldSpec][]): string {
  return fields
    .map(([key], i) => {
      const value = item[key];
      const text = typeof value === 'number' || typeof value === 'boolean' ? value : fieldText(value);
      return text === '' ? '' : `<attvalue for="${i}" value="${xml(text)}"/>`;
    })
    .join('');
}

/**
 * Writes GEXF 1.3 (Gephi): the exported actor fields of the field table as node attributes (the
 * name as label), positions as viz:position (y up, as Gephi draws), groups as `pid`, relation kind
 * as edge label, strength as weight and the other relation fields as edge attributes.
 */
export function exportGexf(doc: MapDocument, choice: ExportChoice = {}): string {
  const nodeFields = exportedValueFields(ACTOR_FIELDS, choice).filter(([key]) => key !== 'name');
  const edgeFields = exportedValueFields(RELATION_FIELDS, choice).filter(([key]) => !EDGE_OWN.has(key));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Wijkweb</creator><title>${xml(doc.name)}</title></meta>`,
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    ...declarations(nodeFields),
    '    </attributes>',
    '    <attributes class="edge">',
    ...declarations(edgeFields),
    '    </attributes>',
    '    <nodes>',
  ];
  const ids = new Set(doc.actors.map((a) => a.id));
  for (const a of doc.actors) {
    const pid = a.parentId && ids.has(a.parentId) ? ` pid="${xml(a.parentId)}"` : '';
    const position = a.position ? `<viz:position x="${a.position.x}" y="${-a.position.y}" z="0"/>` : '';
    out.push(`      <node id="${xml(a.id)}" label="${xml(a.name)}"${pid}><attvalues>${attvalues(a, nodeFields)}</attvalues>${position}</node>`);
  }
  out.push('    </nodes>', '    <edges>');
  for (const r of doc.relations) {
    out.push(
      `      <edge id="${xml(r.id)}" source="${xml(r.from)}" target="${xml(r.to)}" type="${r.directed ? 'directed' : 'undirected'}" label="${xml(r.kind)}" weight="${r.strength}"><attvalues>${attvalues(r, edgeFields)}</attvalues></edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
