import { z } from 'zod';
import { forceFieldSchema } from '../../shared/domain/force-field';
import { documentIssues, ID_LISTS, type IdList } from '../../shared/domain/invariants';
import { actorSchema, LIMITS, mapDocumentSchema, relationSchema, vocabularySchema, type MapDocument } from '../../shared/domain/map-document';
import { contactSchema, meetingSchema } from '../../shared/domain/meetings';

/** The schema of one item of each list (the same the document schema uses). */
const ITEM_SCHEMA: Readonly<Record<IdList, z.ZodType>> = {
  actors: actorSchema,
  relations: relationSchema,
  meetings: meetingSchema,
  contacts: contactSchema,
  forceFields: forceFieldSchema,
};

/**
 * Checks the document an edit produced exactly as `mapDocumentSchema` would, but in time
 * proportional to what the edit changed: items that are the very same objects as before were valid
 * then and are not parsed again (commands never mutate, they replace). The rules across items
 * (shared/domain/invariants.ts: unique ids, group parents without loops, relation ends, force-field
 * entries) run over the whole document with sets — the same rules the schema refines with — and a
 * changed header falls back to the full schema. Returns null when valid, else the zod error with
 * document paths.
 */
export function validateEdit(before: MapDocument, after: MapDocument): z.ZodError | null {
  if (!sameHeader(before, after)) {
    const full = mapDocumentSchema.safeParse(after);
    return full.success ? null : full.error;
  }
  const issues: z.core.$ZodIssue[] = [];
  for (const list of ID_LISTS) {
    const items: readonly unknown[] = after[list];
    if (items.length > LIMITS[list]) issues.push(custom([list], `te veel items (meer dan ${LIMITS[list]})`));
    const old = new Set<unknown>(before[list]);
    items.forEach((item, i) => {
      if (old.has(item)) return;
      const parsed = ITEM_SCHEMA[list].safeParse(item);
      if (!parsed.success) for (const issue of parsed.error.issues) issues.push({ ...issue, path: [list, i, ...issue.path] });
    });
  }
  if (after.vocabulary !== before.vocabulary) {
    const parsed = vocabularySchema.optional().safeParse(after.vocabulary);
    if (!parsed.success) for (const issue of parsed.error.issues) issues.push({ ...issue, path: ['vocabulary', ...issue.path] });
  }
  // As in the schema: the rules across items only when every item is well-formed.
  if (issues.length === 0) for (const issue of documentIssues(after)) issues.push(custom(issue.path, issue.message));
  return issues.length === 0 ? null : new z.ZodError(issues);
}

function custom(path: (string | number)[], message: string): z.core.$ZodIssue {
  return { code: 'custom', path, message, input: undefined };
}

function sameHeader(a: MapDocument, b: MapDocument): boolean {
  return a.format === b.format && a.version === b.version && a.id === b.id && a.name === b.name && a.createdAt === b.createdAt;
}
