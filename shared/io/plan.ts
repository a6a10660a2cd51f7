import type { Command } from '../commands/command';
import { createActor, createRelation } from '../domain/factories';
import { newId } from '../domain/ids';
import { ID_LISTS } from '../domain/invariants';
import { vocabularyForImport } from './import-vocabulary';
import { emptyMap, type Vocabulary, type Actor, type ActorPatch, type MapDocument, type Relation } from '../domain/map-document';
import type { DraftActor, ImportDraft } from './draft';
import { dutchCount, IMPORT_LIMITS, MAX_GROUP_DEPTH, MAX_PROBLEMS } from './limits';
import { formatProblem } from './problems';
import type { ImportProblem } from './problems';
import { mapCategories, withMappedCategories, type CategoryChoices, type CategoryMapping } from './category-mapping';

/** Choices the user makes in the wizard (or on the command line). */
export interface PlanOptions {
  /** Create an actor for every relation end that matches no actor (else those relations are skipped). */
  readonly createUnknown: boolean;
  /** The user's mapping of the file's categories (absent: the automatic one). */
  readonly categories?: CategoryChoices | undefined;
}

/** A relation end that matched no actor, and how many relations use it. */
export interface UnknownRef {
  readonly ref: string;
  readonly count: number;
  /** Where it is first used. */
  readonly file: string;
  readonly line?: number | undefined;
}

/** What an import would do, computed without changing anything. */
export interface ImportPlan {
  readonly newActors: Actor[];
  readonly updates: { readonly id: string; readonly patch: ActorPatch }[];
  readonly newRelations: Relation[];
  readonly unchangedActors: number;
  readonly unchangedRelations: number;
  readonly skippedRelations: number;
  readonly unknownRefs: UnknownRef[];
  readonly problems: ImportProblem[];
  /** The file's categories and what each becomes on the map (the wizard's mapping step). */
  readonly categoryMapping: CategoryMapping[];
  /**
   * Set when the map after this import would hold more actors or relations than a map may
   * (IMPORT_LIMITS): the Dutch message naming the limit, also first in `problems`. Such a plan is
   * never applied (the store and `wijkweb validate` would refuse the map).
   */
  readonly overLimit: string | null;
}

/** The first map limit the import would break, as a problem naming it; null when it fits. */
function limitProblem(file: string, actors: number, relations: number): ImportProblem | null {
  const over = (count: number, limit: number, what: string): ImportProblem => ({
    level: 'error',
    file,
    message: `deze import geeft een kaart met ${dutchCount(count)} ${what}; een kaart heeft hoogstens ${dutchCount(limit)} ${what}. Importeer minder rijen of splits de kaart.`,
  });
  if (actors > IMPORT_LIMITS.actors) return over(actors, IMPORT_LIMITS.actors, 'actoren');
  if (relations > IMPORT_LIMITS.relations) return over(relations, IMPORT_LIMITS.relations, 'relaties');
  return null;
}

const key = (name: string): string => name.trim().toLowerCase();
const validId = (id: string | null): id is string => id !== null && id.length > 0 && id.length <= 100;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Works out what importing a draft into a map would do: actors matched by id, then by name
 * (added / updated / left alone), relation ends resolved by id or name, unknown ends either
 * created or listed, groups resolved. `target` null means a new map. Pure; nothing is written.
 */
export function planImport(draft: ImportDraft, target: MapDocument | null, options: PlanOptions): ImportPlan {
  const problems: ImportProblem[] = [...draft.problems];
  const file = draft.source;
  const existing = target?.actors ?? [];
  const byId = new Map(existing.map((a) => [a.id, a]));
  const byName = new Map<string, Actor>();
  for (const a of existing) if (!byName.has(key(a.name))) byName.set(key(a.name), a);
  // Ids are unique across the whole map (shared/domain/invariants.ts): a new item never takes an id
  // that anything on the map, or anything added before it, already has.
  const usedIds = new Set(target ? ID_LISTS.flatMap((list) => target[list].map((item) => item.id)) : []);

  const newActors: Actor[] = [];
  const updates: { id: string; patch: ActorPatch }[] = [];
  let unchangedActors = 0;
  /** Reference (source id or name) → final actor id. */
  const refSource = new Map<string, string>();
  const refName = new Map<string, string>();
  const finalOf = new Map<DraftActor, string>();
  const newById = new Map<string, Actor>();
  // The file's categories onto the map's vocabulary first, so "Ondernemers" joins "Ondernemer".
  const categoryMapping = mapCategories(draft.actors, target?.vocabulary, options.categories);
  const draftActors = withMappedCategories(draft.actors, categoryMapping);

  for (const d of draftActors) {
    const nameKey = key(d.name);
    if ((d.sourceId !== null && refSource.has(d.sourceId)) || (d.sourceId === null && refName.has(nameKey))) {
      problems.push({ level: 'warning', file, line: d.line, message: `'${d.name}' staat er twee keer in; de tweede keer is overgeslagen.` });
      continue;
    }
    const match = (d.sourceId !== null ? byId.get(d.sourceId) : undefined) ?? byName.get(nameKey);
    let id: string;
    if (match) {
      id = match.id;
      const patch: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(d.fields)) {
        if (value !== undefined && !sameValue(match[field as keyof Actor], value)) patch[field] = value;
      }
      if (match.name !== d.name && d.sourceId !== null && byId.has(d.sourceId)) patch.name = d.name;
      if (Object.keys(patch).length > 0) updates.push({ id, patch: patch as ActorPatch });
      else unchangedActors++;
    } else {
      id = validId(d.sourceId) && !usedIds.has(d.sourceId) ? d.sourceId : newId();
      const actor = createActor({ ...d.fields, name: d.name, id });
      newActors.push(actor);
      newById.set(id, actor);
    }
    usedIds.add(id);
    finalOf.set(d, id);
    if (d.sourceId !== null) refSource.set(d.sourceId, id);
    if (!refName.has(nameKey)) refName.set(nameKey, id);
  }

  const resolve = (ref: string): string | undefined =>
    refSource.get(ref) ?? (byId.has(ref) ? ref : undefined) ?? refName.get(key(ref)) ?? byName.get(key(ref))?.id;

  // Groups (compound actors).
  const parentOf = new Map<string, string | null>();
  for (const d of draftActors) {
    const id = finalOf.get(d);
    if (id === undefined || d.parent === undefined) continue;
    const parent = resolve(d.parent);
    if (parent === undefined || parent === id) {
      problems.push({ level: 'warning', file, line: d.line, column: 'groep', message: `groep '${d.parent}' van '${d.name}' is niet gevonden; zonder groep ingelezen.` });
      continue;
    }
    parentOf.set(id, parent);
  }
  for (const [id, parent] of parentOf) {
    let at: string | null | undefined = parent;
    for (let depth = 0; at !== null && at !== undefined && depth <= MAX_GROUP_DEPTH; depth++) {
      if (at === id) {
        parentOf.set(id, null);
        problems.push({ level: 'warning', file, message: `groepen vormen een kring bij '${id}'; die groep is losgelaten.` });
        break;
      }
      at = parentOf.get(at) ?? byId.get(at)?.parentId;
    }
  }
  for (const [id, parent] of parentOf) {
    const fresh = newById.get(id);
    if (fresh) {
      if (parent !== null) {
        const i = newActors.indexOf(fresh);
        newActors[i] = { ...fresh, parentId: parent };
      }
    } else if ((byId.get(id)?.parentId ?? null) !== parent) {
      const update = updates.find((u) => u.id === id);
      if (update) update.patch = { ...update.patch, parentId: parent };
      else {
        updates.push({ id, patch: { parentId: parent } });
        unchangedActors--;
      }
    }
  }

  // Relations.
  const unknown = new Map<string, UnknownRef & { count: number }>();
  const relationKey = (from: string, to: string, kind: string): string => `${from}\u0000${to}\u0000${kind}`;
  // Only relations already on the map count as "left alone"; parallel relations in the file are all kept.
  const present = new Set((target?.relations ?? []).map((r) => relationKey(r.from, r.to, r.kind)));
  let sharedActorIds = 0;
  const newRelations: Relation[] = [];
  let unchangedRelations = 0;
  let skippedRelations = 0;
  const created = new Map<string, string>();
  const endOf = (ref: string, line: number | undefined): string | undefined => {
    const id = resolve(ref) ?? created.get(key(ref));
    if (id !== undefined) return id;
    const u = unknown.get(ref);
    if (u) u.count++;
    else unknown.set(ref, { ref, count: 1, file, line });
    if (!options.createUnknown || ref.trim() === '') return undefined;
    const actor = createActor({ name: ref.trim().slice(0, 200), id: newId() });
    newActors.push(actor);
    created.set(key(ref), actor.id);
    return actor.id;
  };
  for (const r of draft.relations) {
    const from = endOf(r.from, r.line);
    const to = endOf(r.to, r.line);
    if (from === undefined || to === undefined) {
      skippedRelations++;
      continue;
    }
    if (from === to) {
      skippedRelations++;
      problems.push({ level: 'warning', file, line: r.line, message: `relatie van '${r.from}' naar zichzelf is overgeslagen.` });
      continue;
    }
    const ownId = validId(r.sourceId) && !usedIds.has(r.sourceId) ? r.sourceId : null;
    const relation = createRelation({ ...r.fields, from, to, id: ownId ?? newId() });
    const k = relationKey(from, to, relation.kind);
    if (present.has(k)) {
      unchangedRelations++;
      continue;
    }
    if (ownId === null && r.sourceId !== null && (refSource.has(r.sourceId) || byId.has(r.sourceId))) sharedActorIds++;
    usedIds.add(relation.id);
    newRelations.push(relation);
  }
  if (sharedActorIds > 0) {
    problems.push({
      level: 'warning',
      file,
      message: `${sharedActorIds} ${sharedActorIds === 1 ? 'relatie had' : 'relaties hadden'} hetzelfde id als een actor (zo nummert bijvoorbeeld Gephi); ${sharedActorIds === 1 ? 'die krijgt' : 'die krijgen'} een eigen id, de verbindingen blijven gelijk.`,
    });
  }
  const unknownRefs = [...unknown.values()];
  if (!options.createUnknown) {
    for (const u of unknownRefs.slice(0, 50)) {
      problems.push({ level: 'error', file: u.file, line: u.line, message: `onbekende actor '${u.ref}' (${u.count}× in relaties); die relaties worden overgeslagen.` });
    }
  }
  const limit = limitProblem(file, existing.length + newActors.length, (target?.relations.length ?? 0) + newRelations.length);
  if (limit) problems.unshift(limit);
  const capped = problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), { level: 'warning' as const, file, message: `en nog ${problems.length - MAX_PROBLEMS} meldingen.` }] : problems;
  return { newActors, updates, newRelations, unchangedActors, unchangedRelations, skippedRelations, unknownRefs, problems: capped, overLimit: limit ? formatProblem(limit) : null, categoryMapping };
}

/** The new map a plan makes (import as new map). */
export function planToDocument(plan: ImportPlan, id: string, name: string, now: string): MapDocument {
  const vocabulary = planVocabulary(plan, undefined);
  return { ...emptyMap(id, name, now), actors: plan.newActors, relations: plan.newRelations, ...(vocabulary ? { vocabulary } : {}) };
}

/** The map vocabulary after this import: `own` plus the new categories it brings, or null if none. */
export function planVocabulary(plan: ImportPlan, own: Vocabulary | undefined): Vocabulary | null {
  const categories = [...plan.newActors.map((a) => a.category), ...plan.updates.flatMap((u) => (u.patch.category ? [u.patch.category] : []))];
  return vocabularyForImport(categories, own);
}

/** The one undoable command that merges a plan into the open map. */
export function planToCommand(plan: ImportPlan, own?: Vocabulary): Command {
  const vocabulary = planVocabulary(plan, own);
  return {
    type: 'batch',
    commands: [
      ...(vocabulary ? [{ type: 'vocabulary.set', vocabulary } as const] : []),
      ...plan.newActors.map((actor): Command => ({ type: 'actor.add', actor })),
      ...plan.updates.map((u): Command => ({ type: 'actor.update', id: u.id, patch: u.patch })),
      ...plan.newRelations.map((relation): Command => ({ type: 'relation.add', relation })),
    ],
  };
}

/** Whether a plan changes anything. */
export function planIsEmpty(plan: ImportPlan): boolean {
  return plan.newActors.length === 0 && plan.updates.length === 0 && plan.newRelations.length === 0;
}
