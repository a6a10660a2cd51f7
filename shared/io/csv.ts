import Papa from 'papaparse';
import { maxOf } from '../big-arrays';
import { LIMITS } from '../domain/map-document';
import { decodeBytes, type TextEncodingName } from './decode';
import type { ActorField, ColumnMapping, CsvRole, RelationField } from './csv-columns';
import { ACTOR_FIELDS_IN_IMPORT, guessMapping, guessRole } from './csv-columns';
import { ACTOR_FIELDS } from '../domain/fields/actor-fields';
import type { ActorFields, DraftActor, DraftRelation, RelationFields } from './draft';
import { clip, weightToStrength, parseBoolean, parseInfluence, parseKind, parseNumber, parseRelationKind, parseStrength, toVocabularyId } from './normalise';
import { parseTags } from '../domain/tags';
import { checkTextLines } from './limit-checks';
import { ProblemList, refuse, type ImportProblem } from './problems';

/** A CSV/TSV file split into a header row and data rows, with the line each row starts on. */
export interface CsvTable {
  readonly file: string;
  readonly headers: string[];
  readonly rows: string[][];
  /** 1-based line of each row in `rows`. */
  readonly lines: number[];
  readonly delimiter: string;
  readonly encoding: TextEncodingName;
}

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Reads a CSV or TSV file: detects encoding (UTF-8 with/without BOM, Windows-1252) and delimiter
 * (`;` `,` tab `|`), splits quoted fields (also ones holding a delimiter or a line break) and
 * skips empty lines. Refuses an empty, binary or headerless file.
 */
export function readCsvTable(bytes: Uint8Array, file: string): CsvTable {
  const { text, encoding } = decodeBytes(bytes, file);
  return parseCsvText(text, file, encoding);
}

/** Same as readCsvTable, from text that is already decoded. */
export function parseCsvText(text: string, file: string, encoding: TextEncodingName = 'utf-8'): CsvTable {
  checkTextLines(text, file);
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), skipEmptyLines: false, header: false });
  const all = parsed.data;
  const lines: number[] = [];
  let line = 1;
  for (const row of all) {
    lines.push(line);
    line += 1 + row.reduce((n, cell) => n + countNewlines(cell), 0);
  }
  const isEmpty = (row: string[]): boolean => row.every((c) => c.trim() === '');
  const start = all.findIndex((row) => !isEmpty(row));
  if (start === -1) refuse(file, 'het bestand bevat geen regels met gegevens.');
  const headers = (all[start] ?? []).map((h) => h.trim());
  if (headers.filter((h) => h !== '').length === 0) refuse(file, 'de eerste regel bevat geen kolomnamen.', lines[start]);
  const rows: string[][] = [];
  const rowLines: number[] = [];
  for (let i = start + 1; i < all.length; i++) {
    const row = all[i] ?? [];
    if (isEmpty(row)) continue;
    rows.push(row);
    rowLines.push(lines[i] ?? 0);
  }
  return { file, headers, rows, lines: rowLines, delimiter: parsed.meta.delimiter, encoding };
}

/**
 * The delimiter of a CSV: the candidate (`;` `,` tab `|`) that occurs most often outside quotes
 * in the first non-empty line, preferring `;` on a tie (Dutch Excel).
 */
export function guessDelimiter(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0], ['|', 0]]);
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let max = 0;
  for (const [d, n] of counts) if (n > max) [best, max] = [d, n];
  return best;
}

/** The role and mapping Wijkweb guesses for a table; the wizard lets the user correct both. */
export function guessTable(table: CsvTable): { role: CsvRole; mapping: ColumnMapping } {
  const role = guessRole(table.headers);
  const mapping = guessMapping(table.headers, role);
  // A "Type" column of which more than a fifth is no formeel/informeel (Kumu: Organization, Person)
  // is a category, not the kind.
  const kind = mapping.kind;
  if (role === 'actors' && kind !== undefined) {
    const values = table.rows.map((row) => (row[kind] ?? '').trim()).filter((v) => v !== '');
    if (values.filter((v) => parseKind(v) === null).length > values.length / 5) {
      delete mapping.kind;
      if (mapping.category === undefined) mapping.category = kind;
    }
  }
  // Gephi's edge table: a "Type" column of Directed/Undirected is the direction.
  if (role === 'relations' && mapping.directed === undefined) {
    const typeColumn = table.headers.findIndex((h) => h.trim().toLowerCase() === 'type');
    const values = typeColumn === -1 ? [] : table.rows.map((row) => (row[typeColumn] ?? '').trim().toLowerCase()).filter((v) => v !== '');
    if (values.length > 0 && values.every((v) => v in DIRECTION_WORDS)) {
      mapping.directed = typeColumn;
      if (mapping.kind === typeColumn) delete mapping.kind;
    }
  }
  return { role, mapping };
}

/** What a table gives, read with a role and mapping. */
export interface TableRead {
  readonly actors: DraftActor[];
  readonly relations: DraftRelation[];
  readonly problems: ImportProblem[];
}

class RowReader {
  constructor(
    readonly table: CsvTable,
    readonly mapping: ColumnMapping,
    readonly problems: ProblemList,
  ) {}

  cell(row: string[], field: ActorField | RelationField): string | undefined {
    const index = this.mapping[field];
    if (index === undefined) return undefined;
    const value = row[index];
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    // Undo the formula-injection escape Wijkweb writes on export ('=…, '+…, '-…, '@…).
    return /^'[=+\-@\t\r]/.test(value) ? value.slice(1).trim() : trimmed;
  }

  header(field: ActorField | RelationField): string {
    const index = this.mapping[field];
    return index === undefined ? field : (this.table.headers[index] ?? `${index + 1}`);
  }
}

function readActorRow(r: RowReader, row: string[], line: number): DraftActor | null {
  const name = r.cell(row, 'name') ?? '';
  if (name === '') {
    r.problems.error('de naam ontbreekt; deze regel is overgeslagen.', line, r.header('name'));
    return null;
  }
  const fields: ActorFields = {};
  const kind = r.cell(row, 'kind');
  if (kind) {
    const k = parseKind(kind);
    if (k) fields.kind = k;
    else r.problems.warn(`'${kind}' is geen soort (formeel of informeel); formeel gebruikt.`, line, r.header('kind'));
  }
  const category = r.cell(row, 'category');
  if (category) fields.category = toVocabularyId(category);
  // Plain text fields of the field table (note, area, contact details, address) are read as they are.
  for (const key of PLAIN_TEXT_ACTOR_FIELDS) {
    const text = r.cell(row, key);
    if (text) fields[key] = clip(text, ACTOR_FIELDS[key].maxLength ?? LIMITS.text);
  }
  const influence = r.cell(row, 'influence');
  if (influence) {
    const n = parseInfluence(influence);
    if (n === null) r.problems.warn(`'${influence}' is geen getal (1–5); invloed 3 gebruikt.`, line, r.header('influence'));
    else fields.influence = n;
  }
  const tags = r.cell(row, 'tags');
  if (tags) fields.tags = parseTags(tags);
  const person = r.cell(row, 'isPerson');
  if (person !== undefined && person !== '') {
    const b = parseBoolean(person);
    if (b === null) r.problems.warn(`'${person}' is geen ja of nee; nee gebruikt.`, line, r.header('isPerson'));
    else fields.isPerson = b;
  }
  const x = r.cell(row, 'x');
  const y = r.cell(row, 'y');
  if (x && y) {
    const px = parseNumber(x);
    const py = parseNumber(y);
    if (px !== null && py !== null) fields.position = { x: px, y: py };
    else r.problems.warn(`positie '${x}', '${y}' is geen paar getallen; niet overgenomen.`, line, r.header('x'));
  }
  const parent = r.cell(row, 'parent');
  const id = r.cell(row, 'id');
  return { sourceId: id ? id : null, name: clip(name, LIMITS.name), fields, parent: parent ? parent : undefined, line };
}

/** Actor text fields read with their own rules in readActorRow (the rest are plain text). */
const OWN_RULES = new Set<string>(['name', 'kind', 'category']);
/** Actor fields of the field table whose imported text is taken as it is, cut to the field's length. */
const PLAIN_TEXT_ACTOR_FIELDS = ACTOR_FIELDS_IN_IMPORT.filter(
  (key): key is PlainTextKey => key in ACTOR_FIELDS && ACTOR_FIELDS[key as keyof typeof ACTOR_FIELDS].value === 'text' && !OWN_RULES.has(key),
);
/** Actor fields holding one string. */
type PlainTextKey = { [K in keyof ActorFields]-?: string extends NonNullable<ActorFields[K]> ? K : never }[keyof ActorFields];

const DIRECTION_WORDS: Record<string, boolean> = { directed: true, gericht: true, undirected: false, ongericht: false };

function readRelationRow(r: RowReader, row: string[], line: number): DraftRelation | null {
  const from = r.cell(row, 'from') ?? '';
  const to = r.cell(row, 'to') ?? '';
  if (from === '' || to === '') {
    r.problems.error(`${from === '' ? 'van' : 'naar'} ontbreekt; deze relatie is overgeslagen.`, line, r.header(from === '' ? 'from' : 'to'));
    return null;
  }
  const fields: RelationFields = {};
  const kind = r.cell(row, 'kind');
  if (kind) {
    const direction = DIRECTION_WORDS[kind.toLowerCase()];
    if (direction !== undefined) fields.directed = direction;
    else fields.kind = parseRelationKind(kind);
  }
  const strength = r.cell(row, 'strength');
  if (strength) {
    const n = parseStrength(strength);
    if (n !== null) fields.strength = n;
    else if (parseNumber(strength) === null) r.problems.warn(`'${strength}' is geen getal (1–3); sterkte 2 gebruikt.`, line, r.header('strength'));
    else {
      const v = parseNumber(strength) ?? 2;
      fields.strength = v > 3 ? 3 : 1;
      r.problems.warn(`${strength} ligt buiten 1–3; sterkte ${fields.strength} gebruikt.`, line, r.header('strength'));
    }
  }
  const directed = r.cell(row, 'directed');
  if (directed) {
    const word = DIRECTION_WORDS[directed.toLowerCase()];
    const b = word ?? parseBoolean(directed);
    if (b === null) r.problems.warn(`'${directed}' is geen ja of nee; ongericht gebruikt.`, line, r.header('directed'));
    else fields.directed = b;
  }
  const note = r.cell(row, 'note');
  if (note) fields.note = clip(note, LIMITS.text);
  const since = r.cell(row, 'since');
  if (since) fields.since = clip(since, 40);
  const id = r.cell(row, 'id');
  return { sourceId: id ? id : null, from, to, fields, line };
}

/** Reads the rows of a table as actors or relations, listing every problem with line and column. */
export function readTable(table: CsvTable, role: CsvRole, mapping: ColumnMapping): TableRead {
  const problems = new ProblemList(table.file);
  const reader = new RowReader(table, mapping, problems);
  const actors: DraftActor[] = [];
  const relations: DraftRelation[] = [];
  if (role === 'actors' && mapping.name === undefined) {
    problems.error('geen kolom voor de naam gevonden (verwacht bijvoorbeeld Naam, Name of Label).');
  }
  if (role === 'relations' && (mapping.from === undefined || mapping.to === undefined)) {
    problems.error('geen kolommen voor van en naar gevonden (verwacht bijvoorbeeld Van/Naar of Source/Target).');
  }
  if (problems.items.length > 0) return { actors, relations, problems: problems.items };
  const rows = role === 'relations' ? rescaleWeights(table, mapping, problems) : table.rows;
  rows.forEach((row, i) => {
    const line = table.lines[i] ?? i + 2;
    if (role === 'actors') {
      const actor = readActorRow(reader, row, line);
      if (actor) actors.push(actor);
    } else {
      const relation = readRelationRow(reader, row, line);
      if (relation) relations.push(relation);
    }
  });
  return { actors, relations, problems: problems.items };
}

/**
 * Research files give edge weights of any range (0.25, 7, 120): when a strength column holds
 * numbers outside 1–3, they are scaled onto 1–3 (one warning for the whole column).
 */
function rescaleWeights(table: CsvTable, mapping: ColumnMapping, problems: ProblemList): string[][] {
  const column = mapping.strength;
  if (column === undefined) return table.rows;
  const values = table.rows.map((row) => (row[column] ?? '').trim());
  const numbers = values.map((v) => (v === '' ? null : parseNumber(v)));
  if (numbers.some((n, i) => n === null && values[i] !== '')) return table.rows;
  const present = numbers.filter((n): n is number => n !== null);
  if (present.every((n) => Number.isInteger(n) && n >= 1 && n <= 3)) return table.rows;
  const max = maxOf(present);
  problems.warn(`gewichten tot ${max} zijn omgerekend naar sterkte 1–3.`, undefined, table.headers[column]);
  return table.rows.map((row, i) => {
    const n = numbers[i];
    if (n === null || n === undefined) return row;
    const copy = row.slice();
    copy[column] = String(weightToStrength(n, max));
    return copy;
  });
}
