import type { ExportChoice } from '../../domain/fields/field-queries';
import type { MapDocument } from '../../domain/map-document';
import { sheetRows, type SheetCell } from './field-rows';

/** How a CSV export is written; the defaults open directly in Dutch Excel. */
export interface CsvExportOptions extends ExportChoice {
  readonly delimiter?: ';' | ',' | '\t';
  /** Start with a UTF-8 byte order mark (Excel needs it to read accents right). */
  readonly bom?: boolean;
}

/** Escapes a cell against CSV/formula injection and quotes it when needed. */
export function csvCell(value: string, delimiter: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v) && !/^-?\d+([.,]\d+)?$/.test(v)) v = `'${v}`;
  return v.includes(delimiter) || /["\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

function text(value: SheetCell, delimiter: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const s = String(Math.round(value * 100) / 100);
  return delimiter === ';' ? s.replace('.', ',') : s;
}

/**
 * Writes a map as two CSV files: actors (one per row, with id, group and position) and relations
 * (by actor name when names are unique, else by id); the columns come from the field table. UTF-8
 * with BOM and `;` by default.
 */
export function exportCsv(doc: MapDocument, options: CsvExportOptions = {}): { actors: string; relations: string } {
  const d = options.delimiter ?? ';';
  const bom = options.bom ?? true ? '\uFEFF' : '';
  const lines = (rows: SheetCell[][]): string => rows.map((cells) => cells.map((c) => csvCell(text(c, d), d)).join(d)).join('\r\n');
  const sheets = sheetRows(doc, options);
  return { actors: `${bom}${lines(sheets.actors)}\r\n`, relations: `${bom}${lines(sheets.relations)}\r\n` };
}
