import { seededRandom } from '../../shared/seeded-random';
import { emptyMap } from '../../shared/domain/map-document';
import { ACTOR_KINDS, DEFAULT_CATEGORIES as CATEGORIES, DEFAULT_RELATION_KINDS as RELATION_KINDS } from '../../shared/domain/vocabulary';
import type { Actor, MapDocument, Relation } from '../../shared/domain/map-document';

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * A map that looks like a real big wijk network: actors in clusters of 8–40 (a buurt, a
 * netwerk), about `tiesPerActor` relations per actor, 85 % inside the cluster and the rest to other
 * clusters; positions scattered at random (as after an import), deterministic per `seed`.
 */
export function generateClusteredMap(actors: number, tiesPerActor = 2, seed = 1): MapDocument {
  const random = seededRandom(seed + actors);
  const list: Actor[] = [];
  const clusters: number[][] = [];
  const side = Math.sqrt(actors) * 120;
  while (list.length < actors) {
    const size = Math.min(actors - list.length, 8 + Math.floor(random() * 33));
    const members: number[] = [];
    const area = `Buurt ${clusters.length + 1}`;
    const category = pick(CATEGORIES, random);
    for (let i = 0; i < size; i++) {
      const index = list.length;
      members.push(index);
      list.push({
        id: `a${index}`,
        name: `Actor ${index + 1}`,
        kind: pick(ACTOR_KINDS, random),
        category: random() < 0.7 ? category : pick(CATEGORIES, random),
        isPerson: random() < 0.3,
        influence: 1 + Math.floor(random() * 5),
        area,
        note: '',
        tags: [],
        position: { x: Math.round(random() * side), y: Math.round(random() * side) },
      });
    }
    clusters.push(members);
  }
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const target = Math.round(actors * tiesPerActor);
  let guard = 0;
  while (relations.length < target && guard++ < target * 20) {
    const cluster = pick(clusters, random);
    const from = pick(cluster, random);
    const to = random() < 0.85 || clusters.length === 1 ? pick(cluster, random) : pick(pick(clusters, random), random);
    const key = from < to ? `${from}-${to}` : `${to}-${from}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    relations.push({
      id: `r${relations.length}`,
      from: `a${from}`,
      to: `a${to}`,
      kind: pick(RELATION_KINDS, random),
      strength: 1 + Math.floor(random() * 3),
      directed: random() < 0.3,
      note: '',
      since: '',
    });
  }
  const now = new Date(0).toISOString();
  return { ...emptyMap(`bench-${actors}`, `Benchmark ${actors} actoren`, now), actors: list, relations };
}
