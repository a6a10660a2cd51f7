import type { ForceField, ForceFieldEntry, ForceFieldPatch } from '../domain/force-field';
import type { MapDocument } from '../domain/map-document';
import { err, ok, type Result } from '../result';
import type { Command } from './command';

/** The outcome of applying a force-field command: the new document and its inverse. */
export interface AppliedForceField {
  readonly doc: MapDocument;
  readonly inverse: Command;
}

type ForceFieldCommand = Extract<Command, { type: `forcefield.${string}` }>;

function insertAt<T>(list: readonly T[], item: T, index: number | undefined): T[] {
  const copy = list.slice();
  copy.splice(index === undefined ? copy.length : Math.min(index, copy.length), 0, item);
  return copy;
}

function missing(id: string): Result<never> {
  return err('not-found', `Krachtenveld "${id}" bestaat niet op deze kaart.`);
}

function withField(doc: MapDocument, i: number, field: ForceField): MapDocument {
  const forceFields = doc.forceFields.slice();
  forceFields[i] = field;
  return { ...doc, forceFields };
}

function addField(doc: MapDocument, field: ForceField, index: number | undefined): Result<AppliedForceField> {
  if (doc.forceFields.some((f) => f.id === field.id)) return err('conflict', `Er is al een krachtenveld met id "${field.id}".`);
  const unknown = field.entries.find((e) => !doc.actors.some((a) => a.id === e.actorId));
  if (unknown) return err('not-found', `Actor "${unknown.actorId}" bestaat niet op deze kaart.`);
  return ok({
    doc: { ...doc, forceFields: insertAt(doc.forceFields, field, index) },
    inverse: { type: 'forcefield.remove', id: field.id },
  });
}

function updateField(doc: MapDocument, id: string, patch: ForceFieldPatch): Result<AppliedForceField> {
  const i = doc.forceFields.findIndex((f) => f.id === id);
  const field = doc.forceFields[i];
  if (!field) return missing(id);
  const back: ForceFieldPatch = {};
  for (const key of Object.keys(patch) as (keyof ForceFieldPatch)[]) Object.assign(back, { [key]: field[key] });
  return ok({ doc: withField(doc, i, { ...field, ...patch }), inverse: { type: 'forcefield.update', id, patch: back } });
}

function removeField(doc: MapDocument, id: string): Result<AppliedForceField> {
  const index = doc.forceFields.findIndex((f) => f.id === id);
  const field = doc.forceFields[index];
  if (!field) return missing(id);
  const forceFields = doc.forceFields.slice();
  forceFields.splice(index, 1);
  return ok({ doc: { ...doc, forceFields }, inverse: { type: 'forcefield.add', forceField: field, index } });
}

function setEntry(doc: MapDocument, fieldId: string, entry: ForceFieldEntry, index: number | undefined): Result<AppliedForceField> {
  const i = doc.forceFields.findIndex((f) => f.id === fieldId);
  const field = doc.forceFields[i];
  if (!field) return missing(fieldId);
  if (!doc.actors.some((a) => a.id === entry.actorId)) return err('not-found', `Actor "${entry.actorId}" bestaat niet op deze kaart.`);
  const at = field.entries.findIndex((e) => e.actorId === entry.actorId);
  const old = field.entries[at];
  if (old) {
    const entries = field.entries.slice();
    entries[at] = entry;
    return ok({
      doc: withField(doc, i, { ...field, entries }),
      inverse: { type: 'forcefield.entry.set', forceFieldId: fieldId, entry: old, index: at },
    });
  }
  return ok({
    doc: withField(doc, i, { ...field, entries: insertAt(field.entries, entry, index) }),
    inverse: { type: 'forcefield.entry.remove', forceFieldId: fieldId, actorId: entry.actorId },
  });
}

function removeEntry(doc: MapDocument, fieldId: string, actorId: string): Result<AppliedForceField> {
  const i = doc.forceFields.findIndex((f) => f.id === fieldId);
  const field = doc.forceFields[i];
  if (!field) return missing(fieldId);
  const at = field.entries.findIndex((e) => e.actorId === actorId);
  const entry = field.entries[at];
  if (!entry) return err('not-found', `Actor "${actorId}" staat niet in krachtenveld "${field.question}".`);
  const entries = field.entries.slice();
  entries.splice(at, 1);
  return ok({
    doc: withField(doc, i, { ...field, entries }),
    inverse: { type: 'forcefield.entry.set', forceFieldId: fieldId, entry, index: at },
  });
}

/** Applies one force-field command (pure); unknown ids give a failed Result. */
export function applyForceFieldCommand(doc: MapDocument, command: ForceFieldCommand): Result<AppliedForceField> {
  switch (command.type) {
    case 'forcefield.add':
      return addField(doc, command.forceField, command.index);
    case 'forcefield.update':
      return updateField(doc, command.id, command.patch);
    case 'forcefield.duplicate': {
      const source = doc.forceFields.find((f) => f.id === command.id);
      if (!source) return missing(command.id);
      const at = doc.forceFields.indexOf(source) + 1;
      const copy: ForceField = { ...source, id: command.newId, question: command.question, date: command.date };
      return addField(doc, copy, at);
    }
    case 'forcefield.remove':
      return removeField(doc, command.id);
    case 'forcefield.entry.set':
      return setEntry(doc, command.forceFieldId, command.entry, command.index);
    case 'forcefield.entry.remove':
      return removeEntry(doc, command.forceFieldId, command.actorId);
  }
}

/** Commands that put an actor's entries back in every force field (for undoing an actor removal). */
export function entriesOfActor(doc: MapDocument, actorId: string): { readonly restore: Command[]; readonly forceFields: ForceField[] } {
  const restore: Command[] = [];
  const forceFields = doc.forceFields.map((field) => {
    const at = field.entries.findIndex((e) => e.actorId === actorId);
    const entry = field.entries[at];
    if (!entry) return field;
    restore.push({ type: 'forcefield.entry.set', forceFieldId: field.id, entry, index: at });
    return { ...field, entries: field.entries.filter((e) => e.actorId !== actorId) };
  });
  return { restore, forceFields };
}
