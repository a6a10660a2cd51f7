import { ACTOR_FIELDS } from '../../domain/fields/actor-fields';
import { exportedValueFields, fieldText, type ExportChoice } from '../../domain/fields/field-queries';
import type { FieldSpec } from '../../domain/fields/field-spec';
import { RELATION_FIELDS } from '../../domain/fields/relation-fields';
import type { Actor, MapDocument } from '../../domain/map-document';
import { xml } from './xml-text';

/** GraphML attribute types per kind of field value. */
const GRAPHML_TYPE = { text: 'string', number: 'int', boolean: 'boolean', tags: 'string', structure: 'string' } as const;

/** A `<key>` per exported field: its id, name and type. The actor's name is `label` (what yEd and Gephi show). */
interface GraphmlKey {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly field: string;
}

function keysOf(fields: [string, FieldSpec][]): GraphmlKey[] {
  return fields.map(([field, spec]) => {
    const name = field === 'name' ? 'label' : spec.header.toLowerCase();
    return { id: name.replace(/\s+/g, '_'), name, type: GRAPHML_TYPE[spec.value], field };
  });
}

function dataOf(item: Readonly<Record<string, unknown>>, keys: readonly GraphmlKey[]): string {
  return keys
    .map((key) => ({ key, value: item[key.field] }))
    .filter(({ value }) => fieldText(value) !== '')
    .map(({ key, value }) => `<data key="${key.id}">${xml(typeof value === 'number' ? value : fieldText(value))}</data>`)
    .join('');
}

/**
 * Writes GraphML (readable by Gephi, yEd, Cytoscape, NetworkX): every exported actor and relation
 * field of the field table as a typed `<key>`, groups as nested `<graph>`s inside their group node.
 */
export function exportGraphml(doc: MapDocument, choice: ExportChoice = {}): string {
  const nodeKeys = keysOf(exportedValueFields(ACTOR_FIELDS, choice));
  const edgeKeys = keysOf(exportedValueFields(RELATION_FIELDS, choice));
  const nodeData = (a: Actor): string =>
    `${dataOf(a, nodeKeys)}${a.position ? `<data key="x">${xml(a.position.x)}</data><data key="y">${xml(a.position.y)}</data>` : ''}`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`),
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
    out.push(`    <edge id="${xml(r.id)}" source="${xml(r.from)}" target="${xml(r.to)}" directed="${r.directed}">${dataOf(r, edgeKeys)}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
