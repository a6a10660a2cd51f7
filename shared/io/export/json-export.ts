import type { MapDocument } from '../../domain/map-document';

/**
 * Writes Cytoscape JSON (`.cyjs`, readable by Cytoscape desktop and cytoscape.js): every field in
 * `data`, groups as compound `parent`, positions as `position`.
 */
export function exportCytoscape(doc: MapDocument): string {
  const nodes = doc.actors.map((a) => ({
    data: {
      id: a.id,
      name: a.name,
      kind: a.kind,
      category: a.category,
      isPerson: a.isPerson,
      influence: a.influence,
      area: a.area,
      note: a.note,
      tags: a.tags,
      ...(a.parentId ? { parent: a.parentId } : {}),
    },
    ...(a.position ? { position: { x: a.position.x, y: a.position.y } } : {}),
  }));
  const edges = doc.relations.map((r) => ({
    data: { id: r.id, source: r.from, target: r.to, kind: r.kind, strength: r.strength, directed: r.directed, note: r.note, since: r.since },
  }));
  return `${JSON.stringify({ format_version: '1.0', generated_by: 'Wijkweb', target_cytoscapejs_version: '~3', data: { name: doc.name }, elements: { nodes, edges } }, undefined, 2)}\n`;
}

/** Writes the app's own `.wijkweb` file: the map document itself. */
export function exportWijkweb(doc: MapDocument): string {
  return `${JSON.stringify(doc, undefined, 2)}\n`;
}
