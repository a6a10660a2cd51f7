import type { MapDocument } from '../domain/map-document';
import type { Contact, Meeting } from '../domain/meetings';
import { err, ok, type Result } from '../result';
import type { Command } from './command';

/** The lists of plain records in a map (meetings, contacts) that commands add to, change and remove from. */
type RecordKey = 'meetings' | 'contacts';
type RecordOf<K extends RecordKey> = K extends 'meetings' ? Meeting : Contact;

const WHAT: Readonly<Record<RecordKey, string>> = { meetings: 'Overleg', contacts: 'Contact' };
const PREFIX: Readonly<Record<RecordKey, 'meeting' | 'contact'>> = { meetings: 'meeting', contacts: 'contact' };

/** Applies add/update/remove of a meeting or a contact; returns the new document and the inverse command. */
export function applyRecordCommand<K extends RecordKey>(
  doc: MapDocument,
  key: K,
  op: { readonly kind: 'add'; readonly record: RecordOf<K>; readonly index?: number | undefined }
    | { readonly kind: 'update'; readonly id: string; readonly patch: Partial<RecordOf<K>> }
    | { readonly kind: 'remove'; readonly id: string },
): Result<{ doc: MapDocument; inverse: Command }> {
  // doc[key] is Meeting[] or Contact[] by K; TypeScript cannot narrow a generic index.
  const list = doc[key] as unknown as readonly RecordOf<K>[];
  const prefix = PREFIX[key];
  const toCommand = (c: unknown): Command => c as Command;
  if (op.kind === 'add') {
    if (list.some((r) => r.id === op.record.id)) return err('conflict', `${WHAT[key]} met id "${op.record.id}" bestaat al.`);
    const copy = list.slice();
    copy.splice(op.index === undefined ? copy.length : Math.min(op.index, copy.length), 0, op.record);
    return ok({ doc: { ...doc, [key]: copy }, inverse: toCommand({ type: `${prefix}.remove`, id: op.record.id }) });
  }
  const index = list.findIndex((r) => r.id === op.id);
  const record = list[index];
  if (!record) return err('not-found', `${WHAT[key]} "${op.id}" bestaat niet op deze kaart.`);
  const copy = list.slice();
  if (op.kind === 'remove') {
    copy.splice(index, 1);
    return ok({ doc: { ...doc, [key]: copy }, inverse: toCommand({ type: `${prefix}.add`, [prefix]: record, index }) });
  }
  const before: Record<string, unknown> = {};
  for (const field of Object.keys(op.patch)) before[field] = (record as Record<string, unknown>)[field];
  copy[index] = { ...record, ...op.patch };
  return ok({ doc: { ...doc, [key]: copy }, inverse: toCommand({ type: `${prefix}.update`, id: op.id, patch: before }) });
}
