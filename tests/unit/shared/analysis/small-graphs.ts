import { createActor, createRelation } from '../../../../shared/domain/factories';
import type { Actor, Relation } from '../../../../shared/domain/map-document';

/** A tiny map from a list of actor ids and `from-to` ties (formeel unless the id starts with `i`). */
export function smallMap(
  ids: readonly string[],
  ties: readonly (string | { tie: string; kind?: string; strength?: number; directed?: boolean })[],
): { actors: Actor[]; relations: Relation[] } {
  const actors = ids.map((id) => createActor({ id, name: id, kind: id.startsWith('i') ? 'informeel' : 'formeel' }));
  const relations = ties.map((t, i) => {
    const spec = typeof t === 'string' ? { tie: t } : t;
    const [from, to] = spec.tie.split('-') as [string, string];
    return createRelation({
      id: `r${i + 1}`,
      from,
      to,
      kind: spec.kind ?? 'samenwerking',
      strength: spec.strength ?? 2,
      directed: spec.directed ?? false,
    });
  });
  return { actors, relations };
}
