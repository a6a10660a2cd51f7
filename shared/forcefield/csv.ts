import { createForceField, type ForceField, type ForceFieldEntry } from '../domain/force-field';
import { newId } from '../domain/ids';
import type { MapDocument } from '../domain/map-document';
import { csvCell } from '../io/export/csv-export';
import { parseCsv } from './csv-table';

/** A line of the CSV that could not be used, with why. */
export interface CsvProblem {
  readonly line: number;
  readonly column: number | null;
  readonly message: string;
}

/** The result of reading a force field from CSV. `forceField` holds every row that could be used. */
export interface ForceFieldCsvResult {
  readonly forceField: ForceField;
  /** Names in the file that match no actor on the map, with their line. */
  readonly unknownNames: readonly { readonly line: number; readonly name: string }[];
  /** Rows with a bad value, or a missing column; these rows were skipped. */
  readonly problems: readonly CsvProblem[];
}

const HEADERS = {
  actor: ['actor', 'naam', 'name', 'id'],
  stance: ['houding', 'stance'],
  influence: ['invloed', 'influence'],
  interest: ['belang', 'interest'],
  note: ['toelichting', 'notitie', 'note', 'opmerking'],
} as const;

/** Normalises a name for matching: case, spaces and the different dashes do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('nl').replace(/[\u2010-\u2015-]/g, '-').replace(/\s+/g, ' ').trim();
}

function parseNumber(raw: string, min: number, max: number): number | null | 'bad' {
  const t = raw.trim().replace(/^\+/, '').replace('\u2212', '-');
  if (t === '' || t === '?') return null;
  if (!/^-?\d+$/.test(t)) return 'bad';
  const n = Number(t);
  return n < min || n > max ? 'bad' : n;
}

/**
 * Reads a krachtenveld CSV (Actor;Houding;Invloed;Belang;Toelichting — Dutch Excel: semicolons,
 * BOM, CRLF) into a new force field for `doc`. Actors are matched by name (or id); unknown
 * names and bad values are reported with their line and never stop the rest. Houding may be
 * empty or `?` (unknown); Invloed defaults to the actor's own influence, Belang to 3.
 */
export function forceFieldFromCsv(doc: MapDocument, text: string, question: string, date = ''): ForceFieldCsvResult {
  const field = createForceField(newId(), question, date);
  const problems: CsvProblem[] = [];
  const unknownNames: { line: number; name: string }[] = [];
  const parsed = parseCsv(text);
  if (parsed.error) problems.push({ line: 0, column: null, message: parsed.error });
  const [header, ...rows] = parsed.rows;
  if (!header) return { forceField: field, unknownNames, problems: [...problems, { line: 1, column: null, message: 'het bestand is leeg' }] };
  const find = (names: readonly string[]): number => header.cells.findIndex((c) => names.includes(nameKey(c)));
  const col = {
    actor: find(HEADERS.actor),
    stance: find(HEADERS.stance),
    influence: find(HEADERS.influence),
    interest: find(HEADERS.interest),
    note: find(HEADERS.note),
  };
  if (col.actor < 0 || col.stance < 0) {
    const missing = col.actor < 0 ? 'Actor' : 'Houding';
    return { forceField: field, unknownNames, problems: [...problems, { line: header.line, column: null, message: `kolom "${missing}" ontbreekt in de kopregel` }] };
  }
  const byName = new Map(doc.actors.map((a) => [nameKey(a.name), a]));
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const entries = new Map<string, ForceFieldEntry>();
  for (const row of rows) {
    const cell = (i: number): string => (i >= 0 ? (row.cells[i] ?? '') : '');
    const name = cell(col.actor).trim();
    const actor = byName.get(nameKey(name)) ?? byId.get(name);
    if (!actor) {
      unknownNames.push({ line: row.line, name });
      continue;
    }
    const stance = parseNumber(cell(col.stance), -2, 2);
    const influence = parseNumber(cell(col.influence), 1, 5);
    const interest = parseNumber(cell(col.interest), 1, 5);
    const bad = (i: number, what: string, range: string): void => {
      problems.push({ line: row.line, column: i + 1, message: `${what} "${cell(i)}" is geen geheel getal van ${range}` });
    };
    if (stance === 'bad') bad(col.stance, 'Houding', '−2 tot +2');
    else if (influence === 'bad') bad(col.influence, 'Invloed', '1 tot 5');
    else if (interest === 'bad') bad(col.interest, 'Belang', '1 tot 5');
    else {
      entries.set(actor.id, {
        actorId: actor.id,
        stance,
        influence: influence ?? actor.influence,
        interest: interest ?? 3,
        note: cell(col.note).trim().slice(0, 20_000),
      });
    }
  }
  return { forceField: { ...field, entries: [...entries.values()] }, unknownNames, problems };
}

/** Writes a force field as CSV for Dutch Excel (semicolons, BOM, CRLF), in the same columns it is read from. */
export function forceFieldToCsv(doc: MapDocument, field: ForceField): string {
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const lines = ['Actor;Houding;Invloed;Belang;Toelichting'];
  for (const e of field.entries) {
    const name = names.get(e.actorId);
    if (name === undefined) continue;
    const stance = e.stance === null ? '?' : String(e.stance);
    lines.push([csvCell(name, ';'), stance, String(e.influence), String(e.interest), csvCell(e.note, ';')].join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
