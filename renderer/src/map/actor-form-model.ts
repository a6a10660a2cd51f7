import type { Actor, ActorPatch } from '../../../shared/domain/map-document';
import type { ActorKind } from '../../../shared/domain/vocabulary';

/** The editable fields of an actor as the form holds them. */
export interface ActorFormValues {
  readonly name: string;
  readonly kind: ActorKind;
  readonly category: string;
  readonly isPerson: boolean;
  readonly influence: number;
  readonly area: string;
  readonly note: string;
  /** The group (organisation, team) the actor is part of, or null. */
  readonly parentId: string | null;
}

/** Defaults for a new actor. */
export const NEW_ACTOR_VALUES: ActorFormValues = {
  name: '',
  kind: 'formeel',
  category: 'overig',
  isPerson: false,
  influence: 3,
  area: '',
  note: '',
  parentId: null,
};

/** The form values of an existing actor. */
export function actorValues(actor: Actor): ActorFormValues {
  return {
    name: actor.name,
    kind: actor.kind,
    category: actor.category,
    isPerson: actor.isPerson,
    influence: actor.influence,
    area: actor.area,
    note: actor.note,
    parentId: actor.parentId ?? null,
  };
}

/** The values as they will be stored: names and areas trimmed. */
export function cleanActorValues(values: ActorFormValues): ActorFormValues {
  return { ...values, name: values.name.trim(), area: values.area.trim() };
}

/** The problem that blocks saving, as a locale key, or null. */
export function actorProblem(values: ActorFormValues): 'form.nameRequired' | null {
  return values.name.trim().length === 0 ? 'form.nameRequired' : null;
}

/** Only the fields that differ from the actor: the patch of an `actor.update` command. */
export function actorPatch(actor: Actor, values: ActorFormValues): ActorPatch {
  const clean = cleanActorValues(values);
  const current = actorValues(actor);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(clean) as (keyof ActorFormValues)[]) {
    if (!Object.is(clean[key], current[key])) patch[key] = clean[key];
  }
  // Every key comes from ActorFormValues, whose fields are all actor fields.
  return patch as ActorPatch;
}
