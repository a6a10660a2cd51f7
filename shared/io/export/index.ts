import type { ExportChoice } from '../../domain/fields/field-queries';
import type { MapDocument } from '../../domain/map-document';
import { exportXlsx } from '../xlsx';
import { exportCsv } from './csv-export';
import { exportGexf } from './gexf-export';
import { exportGraphml } from './graphml-export';
import { exportCytoscape, exportWijkweb } from './json-export';
import { exportGml, exportPajek } from './research-export';

/** The formats Wijkweb writes, with the file extension each gets. */
export const EXPORT_FORMATS = {
  wijkweb: 'wijkweb',
  csv: 'csv',
  graphml: 'graphml',
  gexf: 'gexf',
  cytoscape: 'cyjs',
  gml: 'gml',
  pajek: 'net',
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** One file of an export: a name suffix (e.g. `-relaties`) and its text. */
export interface ExportFile {
  readonly suffix: string;
  readonly extension: string;
  readonly text: string;
}

/** Every format Wijkweb writes: the text formats above plus the Excel workbook (binary, async). */
export type OutputFormat = ExportFormat | 'xlsx';

/** The export format for an output file name, by extension; null when none fits. */
export function exportFormatFor(fileName: string): OutputFormat | null {
  const ext = /\.([^.\\/]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'json') return 'cytoscape';
  if (ext === 'xml') return 'graphml';
  if (ext === 'paj') return 'pajek';
  if (ext === 'tsv') return 'csv';
  const hit = Object.entries(EXPORT_FORMATS).find(([, e]) => e === ext);
  return hit ? (hit[0] as ExportFormat) : null;
}

/** How an export is written: the CSV delimiter, and whether contact details and addresses go along. */
export interface ExportOptions extends ExportChoice {
  readonly delimiter?: ';' | ',' | '\t';
}

/**
 * Every output file extension Wijkweb writes: the formats above, the Excel workbook and the aliases
 * `.json` (Cytoscape), `.xml` (GraphML), `.paj` (Pajek) and `.tsv` (CSV with tabs) that exportFormatFor knows.
 */
export const OUTPUT_EXTENSIONS: readonly string[] = [...Object.values(EXPORT_FORMATS), 'xlsx', 'json', 'xml', 'paj', 'tsv'];

/** One written file of any format: text, or bytes for the Excel workbook. */
export interface OutputFile {
  readonly suffix: string;
  readonly extension: string;
  readonly data: string | Uint8Array<ArrayBuffer>;
}

/** Writes a map in any output format, the Excel workbook included; `.tsv` output passes delimiter tab. */
export async function writeOutput(doc: MapDocument, format: OutputFormat, options: ExportOptions = {}): Promise<OutputFile[]> {
  if (format === 'xlsx') return [{ suffix: '', extension: 'xlsx', data: await exportXlsx(doc, options) }];
  return exportMap(doc, format, options).map((f) => ({ suffix: f.suffix, extension: f.extension, data: f.text }));
}

/** Writes a map in a format; CSV gives two files (actors, and relations with suffix `-relaties`). */
export function exportMap(doc: MapDocument, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  const ext = EXPORT_FORMATS[format];
  switch (format) {
    case 'csv': {
      const csv = exportCsv(doc, options);
      return [
        { suffix: '', extension: ext, text: csv.actors },
        { suffix: '-relaties', extension: ext, text: csv.relations },
      ];
    }
    case 'graphml':
      return [{ suffix: '', extension: ext, text: exportGraphml(doc, options) }];
    case 'gexf':
      return [{ suffix: '', extension: ext, text: exportGexf(doc, options) }];
    case 'cytoscape':
      return [{ suffix: '', extension: ext, text: exportCytoscape(doc, options) }];
    case 'gml':
      return [{ suffix: '', extension: ext, text: exportGml(doc) }];
    case 'pajek':
      return [{ suffix: '', extension: ext, text: exportPajek(doc) }];
    case 'wijkweb':
      return [{ suffix: '', extension: ext, text: exportWijkweb(doc) }];
  }
}
