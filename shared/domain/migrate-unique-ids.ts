import { ID_LISTS, type IdList } from './invariants';

/** What a renamed item is called in its new id: `relatie-5` for relation "5" (readable, stable). */
const PREFIX: Readonly<Record<Exclude<IdList, 'actors'>, string>> = {
  relations: 'relatie',
  meetings: 'overleg',
  contacts: 'contact',
  forceFields: 'krachtenveld',
};

const ID_MAX = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A new id for `id` that no item uses yet; the same document always gets the same ids. */
function freshId(list: Exclude<IdList, 'actors'>, id: string, used: ReadonlySet<string>): string {
  const base = `${PREFIX[list]}-${id}`.slice(0, ID_MAX - 6);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Format 1 → 2: ids are unique across the whole document (issue 16). Files from Gephi number
 * nodes and edges each from 0, so a relation could carry an actor's id, and the canvas (one id
 * space for nodes and edges) then dropped it. Actors keep their ids (everything points at them);
 * a relation, meeting, contact or force field whose id is already taken gets a new one, and
 * meetings that pointed at a renamed force field point at its new id. Duplicates among actors are
 * left for validation to report: which references meant which actor cannot be known. The step
 * works on the raw document and never throws; malformed parts are left for validation.
 */
export function migrateUniqueIds(doc: Record<string, unknown>): Record<string, unknown> {
  const used = new Set<string>();
  for (const list of ID_LISTS) {
    const items = doc[list];
    if (Array.isArray(items)) for (const item of items) if (isRecord(item) && typeof item.id === 'string') used.add(item.id);
  }
  const claimed = new Set<string>();
  const next: Record<string, unknown> = { ...doc, version: 2 };
  const renamedFields = new Map<string, string>();
  const keptFields = new Set<string>();
  for (const list of ID_LISTS) {
    const items = doc[list];
    if (!Array.isArray(items)) continue;
    next[list] = items.map((item: unknown) => {
      if (!isRecord(item) || typeof item.id !== 'string') return item;
      if (!claimed.has(item.id) || list === 'actors') {
        claimed.add(item.id);
        if (list === 'forceFields') keptFields.add(item.id);
        return item;
      }
      const id = freshId(list, item.id, used);
      used.add(id);
      claimed.add(id);
      if (list === 'forceFields' && !renamedFields.has(item.id)) renamedFields.set(item.id, id);
      return { ...item, id };
    });
  }
  const meetings = next.meetings;
  if (renamedFields.size > 0 && Array.isArray(meetings)) {
    next.meetings = meetings.map((meeting: unknown) => {
      if (!isRecord(meeting) || typeof meeting.forceFieldId !== 'string') return meeting;
      const renamed = keptFields.has(meeting.forceFieldId) ? undefined : renamedFields.get(meeting.forceFieldId);
      return renamed ? { ...meeting, forceFieldId: renamed } : meeting;
    });
  }
  return next;
}
