import { z } from 'zod';
import type { MapDocument } from '../domain/map-document';

/**
 * Reads a linked force field from the map without depending on its schema: force fields are built
 * in another issue (`forceFields` in the document). Only what a briefing needs is read, and only
 * when present; anything else gives null, so the briefing simply shows no stances.
 */

/** One actor's position on the question of a force field. */
export interface StanceEntry {
  readonly stance: number;
  readonly influence: number | null;
  readonly interest: number | null;
  readonly note: string;
}

/** A force field as the briefing sees it: its question and the stances per actor id. */
export interface LinkedForceField {
  readonly id: string;
  readonly question: string;
  readonly stances: ReadonlyMap<string, StanceEntry>;
}

const entrySchema = z.looseObject({
  actorId: z.string(),
  stance: z.number(),
  influence: z.number().optional(),
  interest: z.number().optional(),
  note: z.string().optional(),
});
const fieldSchema = z.looseObject({
  id: z.string(),
  question: z.string().optional(),
  title: z.string().optional(),
  name: z.string().optional(),
  entries: z.array(z.unknown()).optional(),
  stances: z.array(z.unknown()).optional(),
  actors: z.array(z.unknown()).optional(),
});

/** The force fields on the map, as (id, question) pairs for a picker; empty when there are none. */
export function forceFieldChoices(doc: MapDocument): { id: string; question: string }[] {
  const list = (doc as unknown as { forceFields?: unknown }).forceFields;
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw) => {
    const parsed = fieldSchema.safeParse(raw);
    return parsed.success ? [{ id: parsed.data.id, question: parsed.data.question ?? parsed.data.title ?? parsed.data.name ?? parsed.data.id }] : [];
  });
}

/** The linked force field with its stances, or null when it is absent or unreadable. */
export function linkedForceField(doc: MapDocument, id: string | null): LinkedForceField | null {
  if (!id) return null;
  const list = (doc as unknown as { forceFields?: unknown }).forceFields;
  if (!Array.isArray(list)) return null;
  for (const raw of list) {
    const field = fieldSchema.safeParse(raw);
    if (!field.success || field.data.id !== id) continue;
    const stances = new Map<string, StanceEntry>();
    for (const entry of field.data.entries ?? field.data.stances ?? field.data.actors ?? []) {
      const e = entrySchema.safeParse(entry);
      if (e.success) stances.set(e.data.actorId, { stance: e.data.stance, influence: e.data.influence ?? null, interest: e.data.interest ?? null, note: e.data.note ?? '' });
    }
    return { id, question: field.data.question ?? field.data.title ?? field.data.name ?? id, stances };
  }
  return null;
}
