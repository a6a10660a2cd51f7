import { err, ok, type Result } from '../result';
import { FORMAT_NAME, FORMAT_VERSION, mapDocumentSchema, type MapDocument } from './map-document';
import { migrateUniqueIds } from './migrate-unique-ids';
import { formatIssues } from './zod-issues';

/** A step that turns a document of version N (the key) into version N + 1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from every older version to the next (docs/file-format.md). 1 → 2: ids unique across
 * the whole document (a relation that shared an actor's id gets its own).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateUniqueIds };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads any parsed JSON value as a current map document: checks the format name, refuses future
 * versions, runs migrations from older versions, then validates. Never throws.
 */
export function readMapDocument(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = FORMAT_VERSION,
): Result<MapDocument> {
  if (!isRecord(raw) || raw.format !== FORMAT_NAME) {
    return err('invalid-input', 'Dit is geen Wijkweb-kaart (het veld "format" ontbreekt of is niet "wijkweb").');
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err('invalid-input', 'Deze kaart heeft geen geldig versienummer (veld "version").');
  }
  if (version > current) {
    return err(
      'future-version',
      `Deze kaart is gemaakt met een nieuwere versie van Wijkweb (formaat ${version}); deze versie leest tot formaat ${current}. Werk Wijkweb bij om haar te openen.`,
    );
  }
  let doc: Record<string, unknown> = raw;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return err('internal', `Geen migratie van formaat ${v} naar ${v + 1}.`);
    doc = step(doc);
  }
  const parsed = mapDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    return err('invalid-input', 'De kaart klopt niet met het Wijkweb-formaat.', formatIssues(parsed.error));
  }
  return ok(parsed.data);
}

/** Parses JSON text as a map document; a syntax error says where (line, column). Never throws. */
export function parseMapDocumentText(text: string): Result<MapDocument> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err('invalid-input', `Het bestand is geen geldige JSON${jsonErrorPlace(text, e)}.`);
  }
  return readMapDocument(raw);
}

/** Finds "regel L, kolom K" for a JSON.parse error, when the engine reports a position. */
export function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return ` (regel ${lineCol[1]}, kolom ${lineCol[2]})`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const offset = Number(pos[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return ` (regel ${line}, kolom ${column})`;
  }
  if (/Unexpected end/.test(message)) {
    const lines = text.split('\n');
    return ` (het bestand houdt op bij regel ${lines.length}: afgebroken?)`;
  }
  return '';
}
