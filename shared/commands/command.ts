import { z } from 'zod';
import {
  actorPatchSchema,
  actorSchema,
  idSchema,
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

/** Moves for one or more actors (a drag, or a layout), as one undoable step. */
export interface ActorMove {
  readonly id: string;
  readonly position: Position | null;
}

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
  | { readonly type: 'vocabulary.set'; readonly vocabulary: Vocabulary | null }
  | { readonly type: 'batch'; readonly commands: readonly Command[] };

export type CommandType = Command['type'];

const indexSchema = z.number().int().min(0).optional();

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
    z.object({ type: z.literal('vocabulary.set'), vocabulary: vocabularySchema.nullable() }),
    z.object({ type: z.literal('batch'), commands: z.array(commandSchema).max(100_000) }),
  ]),
);
