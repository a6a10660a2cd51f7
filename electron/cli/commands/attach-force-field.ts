import { forceFieldFromCsv } from '../../../shared/forcefield/csv';
import type { MapDocument } from '../../../shared/domain/map-document';
import { decodeBytes } from '../../../shared/io/decode';
import { ImportError } from '../../../shared/io/problems';
import { InputError, UsageError } from '../cli-errors';
import type { CliIo } from '../cli-io';

/** What `--krachtenveld` added: the force field's size and what was skipped. */
export interface AttachedForceField {
  readonly doc: MapDocument;
  readonly entries: number;
  readonly skipped: number;
}

function readText(io: CliIo, path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new InputError(`${path}: het bestand ${code === 'EISDIR' ? 'is een map, geen bestand' : code === 'ENOENT' ? 'bestaat niet' : 'kon niet gelezen worden'}.`);
  }
  try {
    return decodeBytes(bytes, path).text;
  } catch (error) {
    if (error instanceof ImportError) throw new InputError(error.message);
    throw error;
  }
}

/**
 * Reads a krachtenveld CSV (Actor;Houding;Invloed;Belang;Toelichting) for `doc` and adds it as a
 * new force field with this question. Unknown names and bad rows go to stderr with file and line
 * and are skipped; a file without a usable header (or without any usable row) is an InputError.
 */
export function attachForceField(io: CliIo, doc: MapDocument, path: string, question: string, date: string): AttachedForceField {
  if (question.trim() === '') throw new UsageError('Geef bij --krachtenveld ook de vraag met --vraag "…".');
  if (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`Datum '${date}' kan niet; schrijf JJJJ-MM-DD.`);
  const read = forceFieldFromCsv(doc, readText(io, path), question.trim(), date);
  const place = (line: number, column: number | null): string => [path, line > 0 ? `regel ${line}` : '', column === null ? '' : `kolom ${column}`].filter(Boolean).join(', ');
  const fatal = read.forceField.entries.length === 0 && read.problems.some((p) => p.column === null);
  for (const p of read.problems) if (!fatal || p.column !== null) io.err(`${place(p.line, p.column)}: ${p.message}; rij overgeslagen.\n`);
  for (const u of read.unknownNames) io.err(`${place(u.line, null)}: actor "${u.name}" staat niet op de kaart; rij overgeslagen.\n`);
  if (fatal) {
    const first = read.problems.find((p) => p.column === null);
    throw new InputError(`${place(first?.line ?? 0, null)}: ${first?.message ?? 'geen bruikbare rijen'}; geen krachtenveld gemaakt.`);
  }
  return {
    doc: { ...doc, forceFields: [...doc.forceFields, read.forceField] },
    entries: read.forceField.entries.length,
    skipped: read.problems.length + read.unknownNames.length,
  };
}
