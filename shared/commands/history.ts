import type { MapDocument } from '../domain/map-document';
import { err, ok, type Result } from '../result';
import { applyCommand } from './apply';
import type { Command } from './command';
import { checkNewEdit } from './edit-rules';

/** Undo/redo stacks of one map. `past` holds inverses of done commands; `future` the redoable ones. */
export interface History {
  readonly past: readonly Command[];
  readonly future: readonly Command[];
}

/** A document together with its history. */
export interface Versioned {
  readonly doc: MapDocument;
  readonly history: History;
}

/** How many steps back a map remembers. */
export const HISTORY_LIMIT = 500;

/** An empty history. */
export const emptyHistory: History = { past: [], future: [] };

/** Applies a new command (checked by `checkNewEdit`): pushes its inverse on `past` and clears `future`. */
export function execute(state: Versioned, command: Command, limit = HISTORY_LIMIT): Result<Versioned> {
  const allowed = checkNewEdit(state.doc, command);
  if (!allowed.ok) return allowed;
  const applied = applyCommand(state.doc, command);
  if (!applied.ok) return applied;
  const past = [...state.history.past, applied.value.inverse].slice(-limit);
  return ok({ doc: applied.value.doc, history: { past, future: [] } });
}

/** Undoes the newest step; the undone step becomes redoable. */
export function undo(state: Versioned): Result<Versioned> {
  const inverse = state.history.past.at(-1);
  if (!inverse) return err('nothing-to-undo', 'Er is niets om ongedaan te maken.');
  const applied = applyCommand(state.doc, inverse);
  if (!applied.ok) return applied;
  return ok({
    doc: applied.value.doc,
    history: { past: state.history.past.slice(0, -1), future: [...state.history.future, applied.value.inverse] },
  });
}

/** Redoes the newest undone step. */
export function redo(state: Versioned): Result<Versioned> {
  const command = state.history.future.at(-1);
  if (!command) return err('nothing-to-redo', 'Er is niets om opnieuw te doen.');
  const applied = applyCommand(state.doc, command);
  if (!applied.ok) return applied;
  return ok({
    doc: applied.value.doc,
    history: { past: [...state.history.past, applied.value.inverse], future: state.history.future.slice(0, -1) },
  });
}
