import { z } from 'zod';
import {
  actorPatchSchema,
  actorSchema,
  idSchema,
  LIMITS,
  positionSchema,
  relationPatchSchema,
  relationSchema,
  type Actor,
  type ActorPatch,
  type Position,
  type Relation,
  type RelationPatch,
  type Vocabulary,
  vocabularySchema,
} from '../domain/map-document';
import {
  contactPatchSchema,
  contactSchema,
  meetingPatchSchema,
  meetingSchema,
  type Contact,
  type ContactPatch,
  type Meeting,
  type MeetingPatch,
} from '../domain/meetings';
import {
  forceFieldEntrySchema,
  forceFieldPatchSchema,
  forceFieldSchema,
  type ForceField,
  type ForceFieldEntry,
  type ForceFieldPatch,
} from '../domain/force-field';

/** Moves for one or more actors (a drag, or a layout), as one undoable step. */
export interface ActorMove {
  readonly id: string;
  readonly position: Position | null;
}

/**
 * The content of a map (everything but its identity and dates): actors, relations and any further
 * top-level data (e.g. force fields), as a snapshot holds it.
 */
export interface MapContent {
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
  readonly [key: string]: unknown;
}

/** Keys of a map document that a restore never replaces: its identity, format and dates. */
export const MAP_META_KEYS: readonly string[] = ['format', 'version', 'id', 'name', 'createdAt', 'updatedAt'];

/**
 * Every edit of a map is one of these plain-data commands. Applying one returns its inverse,
 * which is again a command, so undo/redo is just applying commands.
 */
export type Command =
  | { readonly type: 'actor.add'; readonly actor: Actor; readonly index?: number | undefined }
  | { readonly type: 'actor.update'; readonly id: string; readonly patch: ActorPatch }
  | { readonly type: 'actor.remove'; readonly id: string }
  | { readonly type: 'actors.move'; readonly moves: readonly ActorMove[] }
  | { readonly type: 'relation.add'; readonly relation: Relation; readonly index?: number | undefined }
  | { readonly type: 'relation.update'; readonly id: string; readonly patch: RelationPatch }
  | { readonly type: 'relation.remove'; readonly id: string }
  | { readonly type: 'meeting.add'; readonly meeting: Meeting; readonly index?: number | undefined }
  | { readonly type: 'meeting.update'; readonly id: string; readonly patch: MeetingPatch }
  | { readonly type: 'meeting.remove'; readonly id: string }
  | { readonly type: 'contact.add'; readonly contact: Contact; readonly index?: number | undefined }
  | { readonly type: 'contact.update'; readonly id: string; readonly patch: ContactPatch }
  | { readonly type: 'contact.remove'; readonly id: string }
  | { readonly type: 'forcefield.add'; readonly forceField: ForceField; readonly index?: number | undefined }
  | { readonly type: 'forcefield.update'; readonly id: string; readonly patch: ForceFieldPatch }
  | { readonly type: 'forcefield.duplicate'; readonly id: string; readonly newId: string; readonly question: string; readonly date: string }
  | { readonly type: 'forcefield.remove'; readonly id: string }
  | { readonly type: 'forcefield.entry.set'; readonly forceFieldId: string; readonly entry: ForceFieldEntry; readonly index?: number | undefined }
  | { readonly type: 'forcefield.entry.remove'; readonly forceFieldId: string; readonly actorId: string }
  | { readonly type: 'vocabulary.set'; readonly vocabulary: Vocabulary | null }
  /** Merges an own category or relation kind into another one; its actors or relations go along (one undo). */
  | { readonly type: 'vocabulary.merge'; readonly list: VocabularyList; readonly from: string; readonly into: string }
  /** Deletes an own category (its actors go to "overig") or an unused own relation kind. */
  | { readonly type: 'vocabulary.delete'; readonly list: VocabularyList; readonly id: string }
  | { readonly type: 'batch'; readonly commands: readonly Command[] }
  /** Replaces the whole content with an earlier one (restoring a snapshot) as one undoable step. */
  | { readonly type: 'map.restore'; readonly content: MapContent };

export type CommandType = Command['type'];

/** The two lists of a map's vocabulary. */
export type VocabularyList = 'categories' | 'relationKinds';

const indexSchema = z.number().int().min(0).optional();
const vocabularyListSchema = z.enum(['categories', 'relationKinds']);
const vocabularyIdSchema = z.string().min(1).max(60);

/** Validates a command coming from a renderer or the HTTP bridge. */
export const commandSchema: z.ZodType<Command> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('actor.add'), actor: actorSchema, index: indexSchema }),
    z.object({ type: z.literal('actor.update'), id: idSchema, patch: actorPatchSchema }),
    z.object({ type: z.literal('actor.remove'), id: idSchema }),
    z.object({
      type: z.literal('actors.move'),
      moves: z.array(z.object({ id: idSchema, position: positionSchema.nullable() })).max(100_000),
    }),
    z.object({ type: z.literal('relation.add'), relation: relationSchema, index: indexSchema }),
    z.object({ type: z.literal('relation.update'), id: idSchema, patch: relationPatchSchema }),
    z.object({ type: z.literal('relation.remove'), id: idSchema }),
    z.object({ type: z.literal('meeting.add'), meeting: meetingSchema, index: indexSchema }),
    z.object({ type: z.literal('meeting.update'), id: idSchema, patch: meetingPatchSchema }),
    z.object({ type: z.literal('meeting.remove'), id: idSchema }),
    z.object({ type: z.literal('contact.add'), contact: contactSchema, index: indexSchema }),
    z.object({ type: z.literal('contact.update'), id: idSchema, patch: contactPatchSchema }),
    z.object({ type: z.literal('contact.remove'), id: idSchema }),
    z.object({ type: z.literal('forcefield.add'), forceField: forceFieldSchema, index: indexSchema }),
    z.object({ type: z.literal('forcefield.update'), id: idSchema, patch: forceFieldPatchSchema }),
    z.object({
      type: z.literal('forcefield.duplicate'),
      id: idSchema,
      newId: idSchema,
      question: forceFieldSchema.shape.question,
      date: forceFieldSchema.shape.date,
    }),
    z.object({ type: z.literal('forcefield.remove'), id: idSchema }),
    z.object({ type: z.literal('forcefield.entry.set'), forceFieldId: idSchema, entry: forceFieldEntrySchema, index: indexSchema }),
    z.object({ type: z.literal('forcefield.entry.remove'), forceFieldId: idSchema, actorId: idSchema }),
    z.object({ type: z.literal('vocabulary.set'), vocabulary: vocabularySchema.nullable() }),
    z.object({ type: z.literal('vocabulary.merge'), list: vocabularyListSchema, from: vocabularyIdSchema, into: vocabularyIdSchema }),
    z.object({ type: z.literal('vocabulary.delete'), list: vocabularyListSchema, id: vocabularyIdSchema }),
    z.object({ type: z.literal('batch'), commands: z.array(commandSchema).max(100_000) }),
    z.object({
      type: z.literal('map.restore'),
      content: z
        .object({ actors: z.array(actorSchema).max(LIMITS.actors), relations: z.array(relationSchema).max(LIMITS.relations) })
        .catchall(z.unknown())
        .refine((c) => !Object.keys(c).some((k) => MAP_META_KEYS.includes(k)), { message: 'naam, id en datums horen niet bij de inhoud' }),
    }),
  ]),
);
