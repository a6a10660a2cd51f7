import type { MapDiff } from '../../../shared/analysis/diff';
import type { MapDocument } from '../../../shared/domain/map-document';
import { actorToNode, relationToEdge, type GraphElement } from '../graph/elements';
import type { CanvasEmphasis, ChangeMark, NodeEmphasis } from '../graph/emphasis';

/**
 * The map layer of a comparison with now: added actors and relations marked, changed ones marked,
 * removed ones drawn as ghosts where they stood (labelled by `ghostLabel`).
 */
export function diffEmphasis(diff: MapDiff, before: MapDocument, label: string, ghostLabel: (name: string) => string): CanvasEmphasis {
  const nodes: Record<string, NodeEmphasis> = {};
  const edges: Record<string, ChangeMark> = {};
  for (const a of diff.actors.added) nodes[a.id] = { mark: 'added' };
  for (const a of diff.actors.changed) nodes[a.id] = { mark: 'changed' };
  for (const r of diff.relations.added) edges[r.id] = 'added';
  for (const r of diff.relations.changed) edges[r.id] = 'changed';
  const removedActors = new Set(diff.actors.removed.map((a) => a.id));
  const removedRelations = new Set(diff.relations.removed.map((r) => r.id));
  const ghosts: GraphElement[] = [];
  before.actors.forEach((actor, i) => {
    if (!removedActors.has(actor.id)) return;
    const node = actorToNode(actor, { x: (i % 8) * 140, y: Math.floor(i / 8) * 140 });
    ghosts.push({ ...node, data: { ...node.data, label: ghostLabel(actor.name) } });
    nodes[actor.id] = { mark: 'removed' };
  });
  for (const rel of before.relations) {
    if (!removedRelations.has(rel.id)) continue;
    ghosts.push(relationToEdge(rel));
    edges[rel.id] = 'removed';
  }
  return { label, nodes, edges, ghosts };
}
