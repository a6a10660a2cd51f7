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
} from '../domain/map-document';
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
  | { readonly type: 'forcefield.add'; readonly forceField: ForceField; readonly index?: number | undefined }
  | { readonly type: 'forcefield.update'; readonly id: string; readonly patch: ForceFieldPatch }
  | { readonly type: 'forcefield.duplicate'; readonly id: string; readonly newId: string; readonly question: string; readonly date: string }
  | { readonly type: 'forcefield.remove'; readonly id: string }
  | { readonly type: 'forcefield.entry.set'; readonly forceFieldId: string; readonly entry: ForceFieldEntry; readonly index?: number | undefined }
  | { readonly type: 'forcefield.entry.remove'; readonly forceFieldId: string; readonly actorId: string }
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
    z.object({ type: z.literal('batch'), commands: z.array(commandSchema).max(100_000) }),
  ]),
);
