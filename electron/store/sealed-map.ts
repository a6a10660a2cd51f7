import { z } from 'zod';
import type { MapDocument, MapSummary } from '../../shared/domain/map-document';
import { WijkwebError } from '../../shared/result';
import { isSealed, seal, sealedFileSchema, unseal, type SealedFile, type SealKey } from './passphrase-envelope';

/**
 * A map file sealed with a passphrase: the envelope of passphrase-envelope.ts plus a readable
 * `map` header (id, name, dates) so the home screen can list a locked map. Everything else —
 * actors, relations, notes, meetings — is inside `data`.
 */
export const sealedMapFileSchema = sealedFileSchema.extend({
  map: z.object({ id: z.string(), name: z.string(), createdAt: z.string(), updatedAt: z.string() }),
});
/** A parsed sealed map file. */
export type SealedMapFile = z.infer<typeof sealedMapFileSchema>;

/** The readable header of a sealed map file, written next to the sealed contents. */
export function sealedHeader(doc: MapDocument): SealedMapFile['map'] {
  return { id: doc.id, name: doc.name, createdAt: doc.createdAt, updatedAt: doc.updatedAt };
}

/** What a map file holds on disk: the document itself, or the sealed envelope with its header. */
export function mapFileContent(doc: MapDocument, key: SealKey | null): Record<string, unknown> {
  if (!key) return doc;
  return { ...seal(JSON.stringify(doc), key), map: sealedHeader(doc) };
}

/** The home-screen summary of a sealed map while it is locked: only what the header shows. */
export function lockedSummary(file: SealedMapFile, id: string): MapSummary {
  return { id, name: file.map.name, createdAt: file.map.createdAt, updatedAt: file.map.updatedAt, actorCount: 0, relationCount: 0, sealed: true };
}

/** Seals any JSON value (a snapshot, a backup) as an envelope object, or returns it as it is without a key. */
export function sealValue(value: unknown, key: SealKey | null): unknown {
  return key ? seal(JSON.stringify(value), key) : value;
}

/** Seals one line of text (a journal entry) into one line of JSON; unchanged without a key. */
export function sealLine(line: string, key: SealKey | null): string {
  return key ? JSON.stringify(seal(line, key)) : line;
}

/**
 * Opens parsed JSON that may be sealed: returns the plain JSON text inside, or null when the value
 * is not sealed. Throws `locked` without a key, `damaged-file` when the envelope is broken.
 */
export function openSealed(value: unknown, key: SealKey | null): string | null {
  if (!isSealed(value)) return null;
  const parsed = sealedFileSchema.safeParse(value);
  if (!parsed.success) throw new WijkwebError('damaged-file', 'Het versleutelde bestand is onvolledig of beschadigd.');
  if (!key) throw new WijkwebError('locked', 'Deze kaart is beveiligd met een wachtwoord. Ontgrendel haar eerst.');
  return unseal(parsed.data as SealedFile, key);
}

/** Whether a key belongs to this sealed file (same salt and key check): the passphrase was the same. */
export function keyFits(file: SealedFile, key: SealKey): boolean {
  return file.kdf.salt === key.salt.toString('base64') && file.check === key.check.toString('base64');
}
