import { z } from 'zod';
import './zod-issues';
import { contactSchema, meetingSchema } from './meetings';
import { forceFieldSchema } from './force-field';
import { ACTOR_FIELDS } from './fields/actor-fields';
import { shapeOf } from './fields/field-spec';
import { RELATION_FIELDS } from './fields/relation-fields';
import { documentIssues } from './invariants';
import { idSchema, LIMITS, nonBlank } from './primitives';

/** The `format` field of every Wijkweb map document. */
export const FORMAT_NAME = 'wijkweb';
/** The newest map document version this build reads and writes. */
export const FORMAT_VERSION = 2;

export { LIMITS, idSchema, positionSchema, type Position } from './primitives';

/** An actor: every field comes from the field table (`fields/actor-fields.ts`). */
export const actorSchema = z.object(shapeOf(ACTOR_FIELDS));
export type Actor = z.infer<typeof actorSchema>;

export const actorPatchSchema = actorSchema.omit({ id: true }).partial();
export type ActorPatch = z.infer<typeof actorPatchSchema>;

/** A relation: every field comes from the field table (`fields/relation-fields.ts`). */
export const relationSchema = z.object(shapeOf(RELATION_FIELDS));
export type Relation = z.infer<typeof relationSchema>;

export const relationPatchSchema = relationSchema.omit({ id: true }).partial();
export type RelationPatch = z.infer<typeof relationPatchSchema>;

const isoDate = z.string().max(40);

/** One entry of a map's own vocabulary: a category or relation kind with the user's name and colour. */
export const vocabularyEntrySchema = z.object({
  id: z.string().min(1).max(60),
  label: nonBlank(60),
  colour: z.string().regex(/^#[0-9A-Fa-f]{6}$/, { message: 'verwacht een kleur als #RRGGBB' }),
});
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;

/**
 * A map's own vocabulary: renamed or recoloured default entries (same id) and added ones. Absent
 * means the defaults. Stored ids never change, so actors and relations keep pointing at them.
 */
export const vocabularySchema = z.object({
  categories: z.array(vocabularyEntrySchema).max(200),
  relationKinds: z.array(vocabularyEntrySchema).max(200),
});
export type Vocabulary = z.infer<typeof vocabularySchema>;

/** The whole map as stored on disk and sent to the renderer. */
export const mapDocumentSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    version: z.literal(FORMAT_VERSION),
    id: idSchema,
    name: nonBlank(LIMITS.name),
    createdAt: isoDate,
    updatedAt: isoDate,
    actors: z.array(actorSchema).max(LIMITS.actors),
    relations: z.array(relationSchema).max(LIMITS.relations),
    /** Meetings (overleggen) with their participants; absent in older files. */
    meetings: z.array(meetingSchema).max(LIMITS.meetings).default([]),
    /** The contact log: one entry per contact with an actor; absent in older files. */
    contacts: z.array(contactSchema).max(LIMITS.contacts).default([]),
    /** Krachtenveldanalyses of this map (issue 6); absent in older files. */
    forceFields: z.array(forceFieldSchema).max(LIMITS.forceFields).default([]),
    /** The map's own categories and relation kinds (optional; absent = the defaults). */
    vocabulary: vocabularySchema.optional(),
  })
  // The rules across items live in one module, shared with the store's check after each edit.
  .superRefine((doc, ctx) => {
    for (const issue of documentIssues(doc)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type MapDocument = z.infer<typeof mapDocumentSchema>;

/** A short description of a map, for the home screen. */
export const mapSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  createdAt: isoDate,
  updatedAt: isoDate,
  actorCount: z.number().int().min(0),
  relationCount: z.number().int().min(0),
  /** Sealed with a passphrase (issue 9): the file holds only the name and dates readable. */
  sealed: z.boolean().optional(),
  /** Sealed and not unlocked in this session: opening asks for the passphrase first. */
  locked: z.boolean().optional(),
});
export type MapSummary = z.infer<typeof mapSummarySchema>;

/** Builds the summary shown on the home screen from a document. */
export function summarize(doc: MapDocument): MapSummary {
  return {
    id: doc.id,
    name: doc.name,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    actorCount: doc.actors.length,
    relationCount: doc.relations.length,
  };
}

/** Returns an empty map document with the given id and name. */
export function emptyMap(id: string, name: string, now: string): MapDocument {
  return { format: FORMAT_NAME, version: FORMAT_VERSION, id, name, createdAt: now, updatedAt: now, actors: [], relations: [], forceFields: [], meetings: [], contacts: [] };
}
