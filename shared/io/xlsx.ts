import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { ExportChoice } from '../domain/fields/field-queries';
import type { MapDocument } from '../domain/map-document';
import { sheetRows } from './export/field-rows';
import type { CsvTable } from './csv';
import { isZip } from './decode';
import { MAX_IMPORT_BYTES } from './limits';
import { refuse } from './problems';
import { unpackWorkbook } from './xlsx-unpack';

type Cell = string | number | boolean | Date | null | undefined;

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nee';
  return String(cell);
}

/**
 * Reads every non-empty sheet of an Excel workbook (.xlsx) as a table whose first row holds the
 * column names; line numbers are Excel's row numbers. Kumu-style workbooks (Elements and
 * Connections sheets) give an actors and a relations table. Refuses a damaged workbook.
 */
export async function readXlsxTables(bytes: Uint8Array, file: string): Promise<CsvTable[]> {
  if (bytes.length === 0) refuse(file, 'het bestand is leeg.');
  if (bytes.length > MAX_IMPORT_BYTES) refuse(file, `het bestand is te groot; Wijkweb leest bestanden tot ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (!isZip(bytes)) refuse(file, 'dit is geen Excel-werkmap (.xlsx); sla het in Excel op als "Excel-werkmap" of als CSV.');
  // Checked against the limits and unpacked here; a fresh array, so its .buffer is exactly the workbook.
  const unpacked = unpackWorkbook(bytes, file);
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(unpacked.buffer as ArrayBuffer)) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    return refuse(file, `de Excel-werkmap kon niet worden gelezen (${error instanceof Error ? error.message : String(error)}).`);
  }
  const tables: CsvTable[] = [];
  for (const sheet of sheets) {
    const rows = sheet.data.map((row) => row.map(cellText));
    const start = rows.findIndex((row) => row.some((c) => c.trim() !== ''));
    if (start === -1) continue;
    const name = sheets.length > 1 ? `${file} (blad ${sheet.sheet})` : file;
    const body: string[][] = [];
    const lines: number[] = [];
    for (let i = start + 1; i < rows.length; i++) {
      const row = rows[i] ?? [];
      if (row.every((c) => c.trim() === '')) continue;
      body.push(row);
      lines.push(i + 1);
    }
    tables.push({ file: name, headers: (rows[start] ?? []).map((h) => h.trim()), rows: body, lines, delimiter: '', encoding: 'utf-8' });
  }
  if (tables.length === 0) refuse(file, 'de Excel-werkmap bevat geen bladen met gegevens.');
  return tables;
}

/** Writes a map as an Excel workbook with two sheets, Actoren and Relaties (the CSV columns, from the field table). */
export async function exportXlsx(doc: MapDocument, choice: ExportChoice = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { actors, relations } = sheetRows(doc, choice);
  const blob = await writeXlsxFile([
    { sheet: 'Actoren', data: actors },
    { sheet: 'Relaties', data: relations },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
