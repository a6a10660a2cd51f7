import { z } from 'zod';
import { idSchema, LIMITS, type MapDocument } from './map-document';

/** The `format` field of a snapshot file. */
export const SNAPSHOT_FORMAT = 'wijkweb-momentopname';
/** The snapshot file version this build reads and writes. */
export const SNAPSHOT_VERSION = 1;

/** What the user gives when taking a snapshot: a name, the date it stands for, a note. */
export const snapshotMetaSchema = z.object({
  name: z
    .string()
    .max(LIMITS.name)
    .refine((s) => s.trim().length > 0, { message: 'geef de momentopname een naam' }),
  /** The day the snapshot stands for, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'verwacht een datum als 2026-03-01' }),
  note: z.string().max(LIMITS.text),
});
export type SnapshotMeta = z.infer<typeof snapshotMetaSchema>;

/** A snapshot as the timeline lists it. */
export const snapshotInfoSchema = snapshotMetaSchema.extend({
  id: idSchema,
  mapId: idSchema,
  /** When it was taken (ISO time). */
  createdAt: z.string().max(40),
  actorCount: z.number().int().min(0),
  relationCount: z.number().int().min(0),
});
export type SnapshotInfo = z.infer<typeof snapshotInfoSchema>;

/** The header of a snapshot file; `map` is read separately as a map document (with migrations). */
export const snapshotFileSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  id: idSchema,
  mapId: idSchema,
  name: z.string().max(LIMITS.name),
  date: z.string().max(40),
  note: z.string().max(LIMITS.text),
  createdAt: z.string().max(40),
  map: z.unknown(),
});

/** Builds the list entry of a snapshot from its parts. */
export function snapshotInfo(
  header: { id: string; mapId: string; name: string; date: string; note: string; createdAt: string },
  doc: Pick<MapDocument, 'actors' | 'relations'>,
): SnapshotInfo {
  return {
    id: header.id,
    mapId: header.mapId,
    name: header.name,
    date: header.date,
    note: header.note,
    createdAt: header.createdAt,
    actorCount: doc.actors.length,
    relationCount: doc.relations.length,
  };
}
