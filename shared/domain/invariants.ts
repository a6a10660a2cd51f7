import type { ForceField } from './force-field';
import type { Contact, Meeting } from './meetings';

/**
 * The rules a map document must keep across its items — the one place they are stated. The zod
 * schema (`mapDocumentSchema`) applies them as its refinement, and the store's edit check
 * (`validateEdit`) applies them to the document an edit produced, so an edit the store accepts is
 * exactly one whose result the schema accepts (and a restart never quarantines the map).
 *
 * The rules, each linear in the size of the document:
 * - every id is unique across the whole document (actors, relations, meetings, contacts and force
 *   fields share one id space: the canvas draws actors and relations in one, issue 16);
 * - a group parent (`parentId`) is an actor of the map, and groups form no loop;
 * - a relation joins two different actors of the map;
 * - a force-field entry names an actor of the map, at most once per force field.
 */

/** One broken rule: where in the document (a zod path) and what is wrong, in Dutch. */
export interface InvariantIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

/** The parts of a document the rules look at (the item shapes are the schema's). */
export interface DocumentItems {
  readonly actors: readonly { readonly id: string; readonly name: string; readonly parentId?: string | null | undefined }[];
  readonly relations: readonly { readonly id: string; readonly from: string; readonly to: string }[];
  readonly meetings: readonly Pick<Meeting, 'id'>[];
  readonly contacts: readonly Pick<Contact, 'id'>[];
  readonly forceFields: readonly Pick<ForceField, 'id' | 'entries'>[];
}

/** The lists whose items carry an id, in the order ids are claimed (an actor keeps its id first). */
export const ID_LISTS = ['actors', 'relations', 'meetings', 'contacts', 'forceFields'] as const;
/** One of the lists whose items carry an id. */
export type IdList = (typeof ID_LISTS)[number];

/** What an item of each list is called in a message. */
const WHAT: Readonly<Record<IdList, string>> = {
  actors: 'een actor',
  relations: 'een relatie',
  meetings: 'een overleg',
  contacts: 'een contact',
  forceFields: 'een krachtenveld',
};

/** Every broken rule of a document; empty when it keeps them all. */
export function documentIssues(doc: DocumentItems): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  const actorIds = uniqueIds(doc, issues);
  groupIssues(doc.actors, actorIds, issues);
  doc.relations.forEach((rel, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!actorIds.has(rel[end])) issues.push({ path: ['relations', i, end], message: `onbekende actor "${rel[end]}"` });
    }
    if (rel.from === rel.to) issues.push({ path: ['relations', i, 'to'], message: 'een relatie verbindt twee verschillende actoren' });
  });
  doc.forceFields.forEach((field, i) => {
    const seen = new Set<string>();
    field.entries.forEach((entry, j) => {
      const at = ['forceFields', i, 'entries', j, 'actorId'];
      if (seen.has(entry.actorId)) issues.push({ path: at, message: `actor "${entry.actorId}" staat er twee keer in` });
      if (!actorIds.has(entry.actorId)) issues.push({ path: at, message: `onbekende actor "${entry.actorId}"` });
      seen.add(entry.actorId);
    });
  });
  return issues;
}

/** Checks that no id is used twice in the document; returns the ids of the actors. */
function uniqueIds(doc: DocumentItems, issues: InvariantIssue[]): Set<string> {
  const owner = new Map<string, IdList>();
  const actorIds = new Set<string>();
  for (const list of ID_LISTS) {
    doc[list].forEach((item, i) => {
      const first = owner.get(item.id);
      if (first === list) issues.push({ path: [list, i, 'id'], message: `dubbel id "${item.id}"` });
      else if (first) issues.push({ path: [list, i, 'id'], message: `id "${item.id}" is al het id van ${WHAT[first]}; ids zijn uniek in de hele kaart` });
      else owner.set(item.id, list);
      if (list === 'actors') actorIds.add(item.id);
    });
  }
  return actorIds;
}

/** Checks that every group parent exists and that no actor is (through others) part of itself. */
function groupIssues(actors: DocumentItems['actors'], actorIds: ReadonlySet<string>, issues: InvariantIssue[]): void {
  const parentOf = new Map<string, string | null>();
  for (const actor of actors) if (!parentOf.has(actor.id)) parentOf.set(actor.id, actor.parentId ?? null);
  // Per actor id: true once its chain of parents is known to end at the top, false when it runs into a loop.
  const settled = new Map<string, boolean>();
  const chainEnds = (start: string): boolean => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | null = start;
    let ends = true;
    // A parent that is not on the map ends the chain here (that actor's own check reports it).
    while (at !== null && actorIds.has(at)) {
      const known = settled.get(at);
      if (known !== undefined) {
        ends = known;
        break;
      }
      if (onPath.has(at)) {
        ends = false;
        break;
      }
      path.push(at);
      onPath.add(at);
      at = parentOf.get(at) ?? null;
    }
    for (const id of path) settled.set(id, ends);
    return ends;
  };
  actors.forEach((actor, i) => {
    const parent = actor.parentId ?? null;
    if (parent === null) return;
    if (!actorIds.has(parent)) {
      issues.push({ path: ['actors', i, 'parentId'], message: `onbekende groep "${parent}": die actor staat niet op de kaart` });
      return;
    }
    if (!chainEnds(actor.id)) {
      issues.push({ path: ['actors', i, 'parentId'], message: `"${actor.name}" kan niet (via een ander) onderdeel van zichzelf zijn` });
    }
  });
}
