import { z } from 'zod';

/** Upper bounds that keep a hostile or broken document from exhausting memory. */
export const LIMITS = {
  actors: 50_000,
  relations: 200_000,
  meetings: 10_000,
  contacts: 100_000,
  forceFields: 1_000,
  name: 200,
  text: 20_000,
  tags: 50,
} as const;

/** The id of an actor, relation or map. */
export const idSchema = z.string().min(1).max(100);

/** A string of at most `max` characters that is not only white space. */
export const nonBlank = (max: number): z.ZodString =>
  z.string().max(max).refine((s) => s.trim().length > 0, { message: 'mag niet leeg zijn' });

/** A place on the canvas. */
export const positionSchema = z.object({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof positionSchema>;
