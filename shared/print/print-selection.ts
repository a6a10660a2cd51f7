import type { Actor, MapDocument, Relation } from '../domain/map-document';

/** The part of a map that is printed: visible actors and the relations between them. */
export interface PrintSelection {
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
}

/**
 * Picks what is printed. With no visible set everything is; otherwise the listed actors, and the
 * relations whose two ends are both visible (a relation id in the set keeps it only if its ends are).
 */
export function selectForPrint(doc: MapDocument, visibleIds: ReadonlySet<string> | null): PrintSelection {
  if (!visibleIds) return { actors: doc.actors, relations: doc.relations };
  const actors = doc.actors.filter((a) => visibleIds.has(a.id));
  const shown = new Set(actors.map((a) => a.id));
  const anyRelationListed = doc.relations.some((r) => visibleIds.has(r.id));
  const relations = doc.relations.filter(
    (r) => shown.has(r.from) && shown.has(r.to) && (!anyRelationListed || visibleIds.has(r.id)),
  );
  return { actors, relations };
}
