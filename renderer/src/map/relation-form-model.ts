import type { Relation, RelationPatch } from '../../../shared/domain/map-document';
import { relationStyle } from '../../../shared/visual/encoding';

/** The editable fields of a relation as the form holds them ('' = no actor chosen yet). */
export interface RelationFormValues {
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  readonly strength: number;
  readonly directed: boolean;
  readonly note: string;
}

/** Default relation kind for new relations (also for ones drawn on the canvas). */
export const DEFAULT_RELATION_KIND = 'samenwerking';
/** Default strength: gemiddeld. */
export const DEFAULT_STRENGTH = 2;

/** Defaults for a new relation, optionally starting from an actor. */
export function newRelationValues(from = ''): RelationFormValues {
  return {
    from,
    to: '',
    kind: DEFAULT_RELATION_KIND,
    strength: DEFAULT_STRENGTH,
    directed: relationStyle(DEFAULT_RELATION_KIND).directedByDefault,
    note: '',
  };
}

/** The form values of an existing relation. */
export function relationValues(relation: Relation): RelationFormValues {
  return {
    from: relation.from,
    to: relation.to,
    kind: relation.kind,
    strength: relation.strength,
    directed: relation.directed,
    note: relation.note,
  };
}

/** The problem that blocks saving, as a locale key, or null. */
export function relationProblem(values: RelationFormValues): 'relation.chooseBoth' | 'relation.sameActor' | null {
  if (values.from === '' || values.to === '') return 'relation.chooseBoth';
  if (values.from === values.to) return 'relation.sameActor';
  return null;
}

/** Only the fields that differ from the relation: the patch of a `relation.update` command. */
export function relationPatch(relation: Relation, values: RelationFormValues): RelationPatch {
  const current = relationValues(relation);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(values) as (keyof RelationFormValues)[]) {
    if (!Object.is(values[key], current[key])) patch[key] = values[key];
  }
  // Every key comes from RelationFormValues, whose fields are all relation fields.
  return patch as RelationPatch;
}
