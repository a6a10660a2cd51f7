import type { CanvasEmphasis, NodeEmphasis } from '../graph/emphasis';

/** The map layer that shows one group (island, community, informal group): the rest faded. */
export function groupEmphasis(ids: readonly string[], label: string): CanvasEmphasis {
  const members = new Set(ids);
  const nodes: Record<string, NodeEmphasis> = {};
  for (const id of members) nodes[id] = {};
  // Ties between two members stay visible too (applyEmphasis keeps them in dimOthers mode).
  return { label, nodes, edges: {}, ghosts: [], dimOthers: true };
}
