import { ACTOR_FIELDS } from '../../../shared/domain/fields/actor-fields';
import { fieldEntries, type FieldSpec } from '../../../shared/domain/fields/field-spec';
import type { Actor, ActorPatch } from '../../../shared/domain/map-document';
import { formatTags, parseTags } from '../../../shared/domain/tags';
import type { ActorKind } from '../../../shared/domain/vocabulary';

/** Actor fields that hold one string and are edited with a plain input (area, note, contact details, address). */
export type ActorTextKey = Exclude<{ [K in keyof Actor]-?: string extends NonNullable<Actor[K]> ? K : never }[keyof Actor], 'id' | 'name' | 'category' | 'parentId'>;

const TEXT_CONTROLS = new Set<FieldSpec['control']>(['text', 'textarea', 'tel', 'email', 'url']);

/** The actor fields the form shows as plain inputs, from the field table (its `control`), in table order. */
export const ACTOR_TEXT_FIELDS: readonly (readonly [ActorTextKey, FieldSpec])[] = fieldEntries(ACTOR_FIELDS).filter(
  (entry): entry is [ActorTextKey, FieldSpec] => TEXT_CONTROLS.has(entry[1].control),
);

/** The editable fields of an actor as the form holds them (absent text fields as ''). */
export type ActorFormValues = {
  readonly name: string;
  readonly kind: ActorKind;
  readonly category: string;
  readonly isPerson: boolean;
  readonly influence: number;
  /** The group (organisation, team) the actor is part of, or null. */
  readonly parentId: string | null;
  /** The tags as one line, comma-separated ("huiskamer, taalcafé"). */
  readonly tags: string;
} & { readonly [K in ActorTextKey]: string };

const emptyTexts = (): Record<ActorTextKey, string> => Object.fromEntries(ACTOR_TEXT_FIELDS.map(([key]) => [key, ''])) as Record<ActorTextKey, string>;

/** Defaults for a new actor. */
export const NEW_ACTOR_VALUES: ActorFormValues = {
  ...emptyTexts(),
  name: '',
  kind: 'formeel',
  category: 'overig',
  isPerson: false,
  influence: 3,
  parentId: null,
  tags: '',
};

/** The form values of an existing actor. */
export function actorValues(actor: Actor): ActorFormValues {
  const texts = emptyTexts();
  for (const [key] of ACTOR_TEXT_FIELDS) texts[key] = actor[key] ?? '';
  return {
    ...texts,
    name: actor.name,
    kind: actor.kind,
    category: actor.category,
    isPerson: actor.isPerson,
    influence: actor.influence,
    parentId: actor.parentId ?? null,
    tags: formatTags(actor.tags),
  };
}

/** The values as they will be stored: the name and every one-line text field trimmed. */
export function cleanActorValues(values: ActorFormValues): ActorFormValues {
  const texts = emptyTexts();
  for (const [key, spec] of ACTOR_TEXT_FIELDS) texts[key] = spec.control === 'textarea' ? values[key] : values[key].trim();
  return { ...values, ...texts, name: values.name.trim(), tags: formatTags(parseTags(values.tags)) };
}

/** The fields of a new actor from the form (tags as a list). */
export function newActorFields(values: ActorFormValues): Omit<ActorFormValues, 'tags'> & { readonly tags: string[] } {
  const clean = cleanActorValues(values);
  return { ...clean, tags: parseTags(clean.tags) };
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
    if (!Object.is(clean[key], current[key])) patch[key] = key === 'tags' ? parseTags(clean.tags) : clean[key];
  }
  // Every key comes from ActorFormValues, whose fields are all actor fields.
  return patch as ActorPatch;
}
