import { z } from 'zod';
import { INFLUENCE_MAX, INFLUENCE_MIN } from './vocabulary';

/** The opbouwwerker's own role in a force field (Tandem's roles). */
export const OWN_ROLES = ['coach', 'ondersteuner', 'aanjager', 'vraagbaak', 'regisseur', 'procesbegeleider'] as const;
export type OwnRole = (typeof OWN_ROLES)[number];

/** Where the opbouwwerker stands relative to residents. */
export const OWN_POSITIONS = ['onafhankelijk', 'naast', 'achter', 'voor'] as const;
export type OwnPosition = (typeof OWN_POSITIONS)[number];

/** Stance on the question: −2 strongly against … +2 strongly for. */
export const STANCE_MIN = -2;
export const STANCE_MAX = 2;
/** Interest (stake) in the outcome: 1 … 5. */
export const INTEREST_MIN = 1;
export const INTEREST_MAX = 5;

const FIELD_TEXT_MAX = 20_000;

/** One actor's place in a force field. `stance` null means: not known yet. */
export const forceFieldEntrySchema = z.object({
  actorId: z.string().min(1).max(100),
  stance: z.number().int().min(STANCE_MIN).max(STANCE_MAX).nullable(),
  influence: z.number().int().min(INFLUENCE_MIN).max(INFLUENCE_MAX),
  interest: z.number().int().min(INTEREST_MIN).max(INTEREST_MAX),
  note: z.string().max(FIELD_TEXT_MAX),
});
export type ForceFieldEntry = z.infer<typeof forceFieldEntrySchema>;

/** A krachtenveld: one question, the worker's own role and position, and an entry per actor. */
export const forceFieldSchema = z.object({
  id: z.string().min(1).max(100),
  question: z
    .string()
    .max(500)
    .refine((s) => s.trim().length > 0, { message: 'mag niet leeg zijn' }),
  /** Date of this moment, `YYYY-MM-DD` (or empty). */
  date: z.string().max(40),
  role: z.enum(OWN_ROLES).nullable(),
  position: z.enum(OWN_POSITIONS).nullable(),
  entries: z.array(forceFieldEntrySchema).max(50_000),
});
export type ForceField = z.infer<typeof forceFieldSchema>;

/** The editable header of a force field (everything but id and entries). */
export const forceFieldPatchSchema = forceFieldSchema.omit({ id: true, entries: true }).partial();
export type ForceFieldPatch = z.infer<typeof forceFieldPatchSchema>;

/** A new, empty force field. */
export function createForceField(id: string, question: string, date: string): ForceField {
  return { id, question, date, role: null, position: null, entries: [] };
}
