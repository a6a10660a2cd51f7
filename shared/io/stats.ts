import type { MapDocument } from '../domain/map-document';

/** Key figures of a map, as `wijkweb stats` prints them. */
export interface MapStats {
  readonly actors: { readonly total: number; readonly formeel: number; readonly informeel: number; readonly persons: number; readonly inGroups: number };
  readonly relations: { readonly total: number; readonly directed: number; readonly byKind: Record<string, number> };
  /** Connected components (relations taken as undirected), largest first; isolated actors count as components of 1. */
  readonly components: { readonly count: number; readonly sizes: number[]; readonly isolated: number };
}

/** Counts actors (formal/informal), relations by kind and the connected components of a map. */
export function mapStats(doc: MapDocument): MapStats {
  const index = new Map(doc.actors.map((a, i) => [a.id, i]));
  const parent = doc.actors.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    for (let j = i; parent[j] !== r; ) {
      const next = parent[j] ?? r;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  const degree = new Array<number>(doc.actors.length).fill(0);
  const byKind: Record<string, number> = {};
  for (const r of doc.relations) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    const a = index.get(r.from);
    const b = index.get(r.to);
    if (a === undefined || b === undefined) continue;
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  }
  const sizes = new Map<number, number>();
  doc.actors.forEach((_, i) => sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1));
  const sortedKinds = Object.fromEntries(Object.entries(byKind).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])));
  return {
    actors: {
      total: doc.actors.length,
      formeel: doc.actors.filter((a) => a.kind === 'formeel').length,
      informeel: doc.actors.filter((a) => a.kind === 'informeel').length,
      persons: doc.actors.filter((a) => a.isPerson).length,
      inGroups: doc.actors.filter((a) => a.parentId).length,
    },
    relations: { total: doc.relations.length, directed: doc.relations.filter((r) => r.directed).length, byKind: sortedKinds },
    components: { count: sizes.size, sizes: [...sizes.values()].sort((a, b) => b - a), isolated: degree.filter((d) => d === 0).length },
  };
}
