import { ACTOR_FIELDS } from '../../domain/fields/actor-fields';
import { exportedValueFields, type ExportChoice } from '../../domain/fields/field-queries';
import { RELATION_FIELDS } from '../../domain/fields/relation-fields';
import type { MapDocument } from '../../domain/map-document';

/** The exported fields of an item under their own keys (Cytoscape's `data`). */
function dataOf(item: Readonly<Record<string, unknown>>, fields: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(fields.filter(([key]) => item[key] !== undefined).map(([key]) => [key, item[key]]));
}

/**
 * Writes Cytoscape JSON (`.cyjs`, readable by Cytoscape desktop and cytoscape.js): every exported
 * field of the field table in `data`, groups as compound `parent`, positions as `position`.
 */
export function exportCytoscape(doc: MapDocument, choice: ExportChoice = {}): string {
  const actorFields = exportedValueFields(ACTOR_FIELDS, choice);
  const relationFields = exportedValueFields(RELATION_FIELDS, choice);
  const nodes = doc.actors.map((a) => ({
    data: { id: a.id, ...dataOf(a, actorFields), ...(a.parentId ? { parent: a.parentId } : {}) },
    ...(a.position ? { position: { x: a.position.x, y: a.position.y } } : {}),
  }));
  const edges = doc.relations.map((r) => ({ data: { id: r.id, source: r.from, target: r.to, ...dataOf(r, relationFields) } }));
  return `${JSON.stringify({ format_version: '1.0', generated_by: 'Wijkweb', target_cytoscapejs_version: '~3', data: { name: doc.name }, elements: { nodes, edges } }, undefined, 2)}\n`;
}

/** Writes the app's own `.wijkweb` file: the map document itself. */
export function exportWijkweb(doc: MapDocument): string {
  return `${JSON.stringify(doc, undefined, 2)}\n`;
}
