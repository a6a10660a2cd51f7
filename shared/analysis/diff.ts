import { DIFFED_ACTOR_KEYS, DIFFED_RELATION_KEYS, fieldText } from '../domain/fields/field-queries';
import type { Actor, MapDocument, Relation } from '../domain/map-document';
import { analyseMap, type MapAnalysis } from './analyse';
import { diffForceFields, forceFieldsUnchanged, type ForceFieldDiff } from './force-field-diff';
import type { AnalysisOptions } from './options';

/** One field that differs: its name and the value before and after, as display text. */
export interface FieldChange {
  readonly field: string;
  readonly from: string;
  readonly to: string;
}

/** A relation as a comparison names it: its id, both ends by name, its kind. */
export interface RelationRef {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly fromName: string;
  readonly toName: string;
  readonly kind: string;
  readonly strength: number;
}

/** A whole-map figure before and after. */
export interface MeasureChange {
  readonly key: MeasureKey;
  readonly from: number | null;
  readonly to: number | null;
}

/** The whole-map figures a comparison reports. */
export type MeasureKey =
  | 'actors'
  | 'relations'
  | 'components'
  | 'islands'
  | 'isolated'
  | 'communities'
  | 'bridges'
  | 'unreachedGroups'
  | 'fragileGroups'
  | 'density'
  | 'averagePathLength';

/** What changed between two moments of a map. */
export interface MapDiff {
  readonly actors: {
    readonly added: readonly Pick<Actor, 'id' | 'name' | 'kind' | 'category'>[];
    readonly removed: readonly Pick<Actor, 'id' | 'name' | 'kind' | 'category'>[];
    readonly changed: readonly { readonly id: string; readonly name: string; readonly changes: readonly FieldChange[] }[];
  };
  readonly relations: {
    readonly added: readonly RelationRef[];
    readonly removed: readonly RelationRef[];
    readonly changed: readonly (RelationRef & { readonly changes: readonly FieldChange[] })[];
  };
  readonly measures: readonly MeasureChange[];
  /** The five biggest brokers before and after (names). */
  readonly topBrokers: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Added, removed or changed relations that touch one of the given own actors (the opbouwwerker's ties). */
  readonly ownTies: readonly { readonly change: 'added' | 'removed' | 'changed'; readonly relation: RelationRef }[];
  /** Per force field present at both moments: who moved (stance from → to) and the balance before and after. */
  readonly forceFields: readonly ForceFieldDiff[];
}

type Doc = Pick<MapDocument, 'actors' | 'relations'> & Partial<Pick<MapDocument, 'forceFields'>>;

/** The fields a comparison reports changes of: the ones the field table marks `diffed`. */
function fieldChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields
    .filter((f) => fieldText(before[f]) !== fieldText(after[f]))
    .map((f) => ({ field: f, from: fieldText(before[f]), to: fieldText(after[f]) }));
}

function measuresOf(a: MapAnalysis): Record<MeasureKey, number | null> {
  const groups = a.bridges.informalGroups;
  return {
    actors: a.actorCount,
    relations: a.relationCount,
    components: a.components.length,
    islands: a.islands.length,
    isolated: a.isolated.length,
    communities: a.communities.length,
    bridges: a.bridges.relationIds.length,
    unreachedGroups: groups.filter((g) => g.status === 'geen').length,
    fragileGroups: groups.filter((g) => g.status === 'kwetsbaar').length,
    density: a.density,
    averagePathLength: a.averagePathLength,
  };
}

/**
 * Compares two moments of a map (two snapshots, or a snapshot and now), matching actors and
 * relations by id: what was added, removed and changed (field: from → to), how the whole-map
 * measures moved, and which changed relations touch the `ownActorIds` (the worker's own organisation).
 */
export function diffMaps(
  before: Doc,
  after: Doc,
  options: AnalysisOptions,
  ownActorIds: readonly string[] = [],
): MapDiff {
  const beforeActors = new Map(before.actors.map((a) => [a.id, a]));
  const afterActors = new Map(after.actors.map((a) => [a.id, a]));
  const nameOf = (id: string) => afterActors.get(id)?.name ?? beforeActors.get(id)?.name ?? id;
  const ref = (r: Relation): RelationRef => ({
    id: r.id,
    from: r.from,
    to: r.to,
    fromName: nameOf(r.from),
    toName: nameOf(r.to),
    kind: r.kind,
    strength: r.strength,
  });
  const short = (a: Actor) => ({ id: a.id, name: a.name, kind: a.kind, category: a.category });

  const actors: MapDiff['actors'] = {
    added: after.actors.filter((a) => !beforeActors.has(a.id)).map(short),
    removed: before.actors.filter((a) => !afterActors.has(a.id)).map(short),
    changed: after.actors.flatMap((a) => {
      const old = beforeActors.get(a.id);
      const changes = old ? fieldChanges(old, a, DIFFED_ACTOR_KEYS) : [];
      return changes.length > 0 ? [{ id: a.id, name: a.name, changes }] : [];
    }),
  };
  const beforeRelations = new Map(before.relations.map((r) => [r.id, r]));
  const afterRelations = new Map(after.relations.map((r) => [r.id, r]));
  const relations: MapDiff['relations'] = {
    added: after.relations.filter((r) => !beforeRelations.has(r.id)).map(ref),
    removed: before.relations.filter((r) => !afterRelations.has(r.id)).map(ref),
    changed: after.relations.flatMap((r) => {
      const old = beforeRelations.get(r.id);
      const changes = old ? fieldChanges(old, r, DIFFED_RELATION_KEYS) : [];
      return changes.length > 0 ? [{ ...ref(r), changes }] : [];
    }),
  };

  const a0 = analyseMap(before, options);
  const a1 = analyseMap(after, options);
  const m0 = measuresOf(a0);
  const m1 = measuresOf(a1);
  const measures = (Object.keys(m0) as MeasureKey[]).map((key) => ({ key, from: m0[key], to: m1[key] }));

  const own = new Set(ownActorIds);
  const touches = (r: RelationRef) => own.has(r.from) || own.has(r.to);
  const ownTies: MapDiff['ownTies'] = [
    ...relations.added.filter(touches).map((relation) => ({ change: 'added' as const, relation })),
    ...relations.removed.filter(touches).map((relation) => ({ change: 'removed' as const, relation })),
    ...relations.changed.filter(touches).map((relation) => ({ change: 'changed' as const, relation })),
  ];
  const top = (a: MapAnalysis) => a.actors.filter((m) => m.betweenness > 0).slice(0, 5).map((m) => m.name);
  const forceFields = diffForceFields(before, after);
  return { actors, relations, measures, topBrokers: { before: top(a0), after: top(a1) }, ownTies, forceFields };
}

/** True when nothing about actors, relations or stances in force fields differs. */
export function isEmptyDiff(diff: MapDiff): boolean {
  const { actors, relations } = diff;
  return (
    [actors.added, actors.removed, actors.changed, relations.added, relations.removed, relations.changed].every((list) => list.length === 0) &&
    forceFieldsUnchanged(diff.forceFields)
  );
}
