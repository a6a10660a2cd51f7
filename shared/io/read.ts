import { decodeBytes, isZip } from './decode';
import type { ColumnMapping, CsvRole } from './csv-columns';
import { guessTable, parseCsvText, readTable, type CsvTable } from './csv';
import type { DraftActor, DraftRelation, ImportDraft, ImportFormat } from './draft';
import { readGexf } from './gexf';
import { readGml } from './gml';
import { readGraphml } from './graphml';
import { draftFromDocument, jsonFlavour, parseJson, readCytoscape, readKumu, readWijkwebDocument } from './json-formats';
import { readPajek } from './pajek';
import { readXlsxTables } from './xlsx';
import { append } from '../big-arrays';
import { refuse, type ImportProblem } from './problems';

/** A file the user picked: its name (for messages and the format) and its bytes. */
export interface SourceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A file read far enough to show: a table (CSV) whose mapping the user may correct, or a whole graph. */
export type SourceRead =
  | { readonly kind: 'table'; readonly file: string; readonly table: CsvTable; readonly role: CsvRole; readonly mapping: ColumnMapping }
  | { readonly kind: 'graph'; readonly file: string; readonly draft: ImportDraft };

/** The formats named when a file is not recognised. */
export const READABLE_FORMATS = 'CSV/TSV (.csv, .tsv, .txt), Excel (.xlsx), GraphML (.graphml, .xml), GEXF (.gexf), Cytoscape JSON (.cyjs, .json), Kumu JSON (.json), GML (.gml), Pajek (.net) en Wijkweb (.wijkweb)';

const extension = (name: string): string => /\.([^.\\/]+)$/.exec(name.toLowerCase())?.[1] ?? '';

function sniff(text: string): ImportFormat | 'json' | null {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4096).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<')) return /<(?:\w+:)?gexf[\s>]/.test(head) ? 'gexf' : /<(?:\w+:)?graphml[\s>]/.test(head) ? 'graphml' : null;
  if (/^\*vertices\b/im.test(head)) return 'pajek';
  if (/(^|\s)graph\s*\[/.test(head)) return 'gml';
  return null;
}

/** Which format a file has: by extension, and by content for JSON flavours, .xml and unknown extensions. */
export function detectFormat(name: string, text: string): ImportFormat | 'json' | null {
  switch (extension(name)) {
    case 'csv':
    case 'tsv':
    case 'txt':
      return 'csv';
    case 'gexf':
      return 'gexf';
    case 'graphml':
      return 'graphml';
    case 'xml':
      return sniff(text) ?? 'graphml';
    case 'gml':
      return 'gml';
    case 'net':
    case 'paj':
      return 'pajek';
    case 'wijkweb':
      return 'wijkweb';
    case 'json':
    case 'cyjs':
      return 'json';
    default:
      return sniff(text);
  }
}

/**
 * Reads one picked file: decodes it, detects its format and parses it. CSV stays a table (the
 * wizard shows the mapping); every other format becomes a draft. Throws ImportError (Dutch,
 * with file and place) for a file that cannot be read at all.
 */
export function readSource(source: SourceFile): SourceRead {
  const file = source.name;
  if (extension(file) === 'xlsx' || extension(file) === 'xls' || isZip(source.bytes)) {
    refuse(file, 'Excel-werkmappen worden met readSources gelezen.');
  }
  const { text, encoding } = decodeBytes(source.bytes, file);
  const format = detectFormat(file, text);
  switch (format) {
    case 'csv': {
      const table = parseCsvText(text, file, encoding);
      return { kind: 'table', file, table, ...guessTable(table) };
    }
    case 'graphml':
      return { kind: 'graph', file, draft: readGraphml(text, file) };
    case 'gexf':
      return { kind: 'graph', file, draft: readGexf(text, file) };
    case 'gml':
      return { kind: 'graph', file, draft: readGml(text, file) };
    case 'pajek':
      return { kind: 'graph', file, draft: readPajek(text, file) };
    case 'wijkweb':
    case 'cytoscape':
    case 'kumu':
    case 'json': {
      const value = parseJson(text, file);
      const flavour = jsonFlavour(value);
      if (flavour === 'wijkweb') return { kind: 'graph', file, draft: draftFromDocument(readWijkwebDocument(value, file), file) };
      if (flavour === 'kumu') return { kind: 'graph', file, draft: readKumu(value, file) };
      if (flavour === 'cytoscape') return { kind: 'graph', file, draft: readCytoscape(value, file) };
      return refuse(file, `deze JSON is geen Wijkweb-kaart, Cytoscape- of Kumu-export. Wijkweb leest: ${READABLE_FORMATS}.`);
    }
    case null:
      return refuse(file, `dit bestandsformaat kent Wijkweb niet. Wijkweb leest: ${READABLE_FORMATS}.`);
  }
}

/**
 * Reads one picked file, Excel workbooks included (each non-empty sheet becomes a table, e.g.
 * Kumu's Elements and Connections sheets). Throws ImportError like readSource.
 */
export async function readSources(source: SourceFile): Promise<SourceRead[]> {
  const ext = extension(source.name);
  if (ext === 'xlsx' || ext === 'xlsm' || (isZip(source.bytes) && ext !== 'xls')) {
    const tables = await readXlsxTables(source.bytes, source.name);
    return tables.map((table) => ({ kind: 'table', file: table.file, table, ...guessTable(table) }));
  }
  if (ext === 'xls') refuse(source.name, 'het oude Excel-formaat (.xls) leest Wijkweb niet; sla het op als Excel-werkmap (.xlsx) of als CSV.');
  return [readSource(source)];
}

/** A read table with the role and mapping the user settled on. */
export interface TableChoice {
  readonly table: CsvTable;
  readonly role: CsvRole;
  readonly mapping: ColumnMapping;
}

/** Combines several read files (e.g. actoren.csv + relaties.csv) into one draft. */
export function combineReads(reads: readonly (SourceRead | TableChoice)[]): ImportDraft {
  const actors: DraftActor[] = [];
  const relations: DraftRelation[] = [];
  const problems: ImportProblem[] = [];
  let format: ImportFormat = 'csv';
  let title = '';
  for (const read of reads) {
    if ('kind' in read && read.kind === 'graph') {
      append(actors, read.draft.actors);
      append(relations, read.draft.relations);
      append(problems, read.draft.problems);
      format = read.draft.format;
      title ||= read.draft.title;
    } else {
      const r = readTable(read.table, read.role, read.mapping);
      append(actors, r.actors);
      append(relations, r.relations);
      append(problems, r.problems);
      title ||= read.table.file.replace(/\.[^.]+$/, '').replace(/^.*[\\/]/, '');
    }
  }
  const source = reads.map((r) => ('kind' in r ? r.file : r.table.file)).join(' + ');
  return { format, title: title || 'Geïmporteerde kaart', source, actors, relations, problems };
}

/** Reads files straight to a draft with the guessed CSV mapping (command line, tests). */
export function readDraft(sources: readonly SourceFile[]): ImportDraft {
  return combineReads(sources.map(readSource));
}
