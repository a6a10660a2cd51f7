import type { ActorMeasures, MapAnalysis } from '../../../shared/analysis/analyse';
import { maxOf } from '../../../shared/big-arrays';
import type { CanvasEmphasis, NodeEmphasis } from '../graph/emphasis';

/** Measures that can size or colour the map. */
export const MAP_MEASURES = ['betweennessNormalised', 'degree', 'weightedDegree', 'closeness'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** What sizes the nodes (or nothing), and what colours them. */
export interface EmphasisChoice {
  readonly size: MapMeasure | 'none';
  readonly colour: MapMeasure | 'category' | 'community';
}

/** Smallest and largest node size when sized by a measure, in pixels. */
export const SIZE_RANGE = [22, 84] as const;

/** Paul Tol's sequential YlOrBr (5 steps), light = low, dark = high; readable in greyscale too. */
export const SEQUENTIAL = ['#FFF7BC', '#FEC44F', '#FB9A29', '#CC4C02', '#662506'] as const;

/** Paul Tol's "light" and "muted" qualitative colours for communities. */
export const COMMUNITY_COLOURS = ['#77AADD', '#EE8866', '#EEDD88', '#FFAABB', '#99DDFF', '#44BB99', '#BBCC33', '#AAAA00', '#CC6677', '#882255'] as const;

function scaled(actors: readonly ActorMeasures[], key: MapMeasure): (m: ActorMeasures) => number {
  const max = Math.max(0, maxOf(actors.map((m) => m[key]), 0));
  return (m) => (max === 0 ? 0 : m[key] / max);
}

/** The canvas layer for a choice: node sizes and/or fill colours from the analysis. */
export function measureEmphasis(analysis: MapAnalysis, choice: EmphasisChoice, label: string): CanvasEmphasis | null {
  if (choice.size === 'none' && choice.colour === 'category') return null;
  const size = choice.size === 'none' ? null : scaled(analysis.actors, choice.size);
  const colourMeasure = choice.colour === 'category' || choice.colour === 'community' ? null : scaled(analysis.actors, choice.colour);
  const communityIndex = new Map(analysis.communities.map((c, i) => [c.id, i]));
  const nodes: Record<string, NodeEmphasis> = {};
  for (const m of analysis.actors) {
    const e: { size?: number; colour?: string } = {};
    if (size) e.size = Math.round(SIZE_RANGE[0] + (SIZE_RANGE[1] - SIZE_RANGE[0]) * Math.sqrt(size(m)));
    if (colourMeasure) e.colour = SEQUENTIAL[Math.min(SEQUENTIAL.length - 1, Math.floor(colourMeasure(m) * SEQUENTIAL.length))];
    else if (choice.colour === 'community') {
      const i = m.community === null ? undefined : communityIndex.get(m.community);
      e.colour = i === undefined ? '#DDDDDD' : COMMUNITY_COLOURS[i % COMMUNITY_COLOURS.length];
    }
    nodes[m.id] = e;
  }
  return { label, nodes, edges: {}, ghosts: [] };
}
